package lookup

import "testing"

// chessOpen is a short article written for these tests, in no question
// set: the dateline's city is the setting the question names, the lead
// sentence denies the act asked about, a later one states it, and a
// forecast delays an act with "not … until".
const chessOpen = `Teenager takes Duluth Open chess title

DULUTH, Minn. (AP) — Until this month, Mara Ekholm, 16, had never won a rated tournament.

On Sunday the 16-year-old won the Duluth Open, beating grandmaster Pavel Rusu in the last round.

The organisers said the prize money would not arrive until Friday.
`

// TestDeniedActNamesNoDoer checks that a who-question is not answered by
// a sentence that only denies the act, that a place named in the dateline
// need not be named again, and that "not … until" still dates the act.
func TestDeniedActNamesNoDoer(t *testing.T) {
	e := engineOf(t, chessOpen)
	checkAnswers(t, e, []answerCase{
		{"who won in duluth", []string{"Mara Ekholm.", "On Sunday the 16-year-old won"}, []string{"Rusu."}},
		{"when will the prize money arrive", []string{"Friday"}, nil},
	})
}
