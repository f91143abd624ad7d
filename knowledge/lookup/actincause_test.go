package lookup

import "testing"

// portFareVote is a short article written for this test, in no question
// set: an act told first inside an after-clause of another act, then in
// a sentence of its own whose next sentence gives its reason.
const portFareVote = `Port board keeps ferry fares

LANGSTON, Wash. (AP) — The Langston port board voted Monday to keep ferry fares flat, a day after a state judge blocked a fuel surcharge.

Judge Maya Ortiz blocked the surcharge in a ruling Sunday. Ortiz wrote that the surcharge was illegal because the board had not held a public hearing on it.
`

// The act a clause of time or cause tells has no cause in that sentence:
// its cause is in the sentence that tells it in a clause of its own, and
// the next one.
func TestActInsideCauseClause(t *testing.T) {
	e := engineOf(t, portFareVote)
	checkAnswers(t, e, []answerCase{
		{"why did the judge block the surcharge", []string{"had not held a public hearing"}, nil},
		// the main clause's act keeps the after-clause as its setting
		{"why did the port board keep fares flat", []string{"a day after a state judge"}, nil},
	})
}
