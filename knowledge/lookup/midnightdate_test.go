package lookup

import "testing"

// TestMidnightWithItsDate: AP style writes the time before the date
// ("midnight Nov. 1", "noon Friday"), one time element, so the answer
// gives both, not the bare hour.
func TestMidnightWithItsDate(t *testing.T) {
	e := engineOf(t, `Teachers set strike deadline

ARDEN, Del. (AP) — The Arden Education Association set a strike deadline of midnight Nov. 1 on Wednesday.

Talks will resume at noon Friday, union president Maya Lund said.
`)
	checkAnswers(t, e, []answerCase{
		{"whats the deadline", []string{"Midnight Nov. 1"}, nil},
		{"when do talks resume", []string{"noon Friday"}, nil},
	})
}
