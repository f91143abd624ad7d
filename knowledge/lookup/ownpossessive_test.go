package lookup

import "testing"

// standoff is a short article written for this test, in no question set:
// two men in one sentence, and a thing a possessive pronoun gives to the
// subject of its own clause ("Reyes raised his rifle").
const standoff = `Deputy ends standoff at farm

CALVERT, Texas (AP) — Deputies found Tom Ellery hiding in a barn on Friday, and Deputy Luis Reyes raised his rifle before Ellery surrendered. Ellery held a shovel, the sheriff said.
`

func TestPossessedByTheClauseSubject(t *testing.T) {
	e := engineOf(t, standoff)
	checkAnswers(t, e, []answerCase{
		// the rifle is Reyes's: the sentence says nothing of Ellery's
		{"did ellery have a rifle", nil, []string{"Yes —"}},
		{"did reyes raise his rifle", []string{"Yes —"}, nil},
		{"did ellery hold a shovel", []string{"Yes —"}, nil},
	})
}
