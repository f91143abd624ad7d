package lookup

import "testing"

// pumpFailure is a short article written for this test, in no question
// set: a one-sentence lead whose cause is told, without a word of cause,
// in the next paragraph.
const pumpFailure = `Millport shuts public pool for the summer

MILLPORT, Ore. (AP) — The town of Millport closed its only public pool on Monday.

Parks director Ann Moyer said the pool's main pump failed in June and repairs would cost about $400,000, which the town does not have.

The pool drew about 30,000 swimmers last summer.
`

// TestLeadExplained: "why" of the lead's event is answered with the
// paragraph after the lead.
func TestLeadExplained(t *testing.T) {
	e := engineOf(t, pumpFailure)
	checkAnswers(t, e, []answerCase{
		{"why did the town close the pool", []string{"closed its only public pool", "main pump failed"}, []string{"30,000"}},
	})
}
