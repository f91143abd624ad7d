package lookup

import "testing"

// coinHoard is a short article written for this test, in no question
// set: one verb ("dug up") told of two things, the coins with no doer
// named and a jar by a named farmer.
const coinHoard = `Roman coins turn up in English field

LINCOLN, England (AP) — Roman coins have turned up in a field near Lincoln, archaeologists said Tuesday.

Walter Price, 64, dug up a clay jar while plowing last spring. Since then, 300 more coins have been dug up beside the hedge.

The coins date from the third century.
`

// TestActOnOtherObjectRefuses checks that a who-question is not
// answered by the doer of its verb done to another thing when the
// article tells the verb with the asked thing, while the doer of the act
// asked still answers.
func TestActOnOtherObjectRefuses(t *testing.T) {
	e := engineOf(t, coinHoard)
	checkAnswers(t, e, []answerCase{
		{"who dug up the coins", nil, []string{"Walter Price"}},
		{"who dug up the jar", []string{"Walter Price"}, nil},
	})
}
