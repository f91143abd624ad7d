package lookup

import "testing"

// appealsRuling is a short article written for this test, in no question
// set: "appeals" only as the first noun of "appeals court".
const appealsRuling = `Appeals court upholds Montana hunting rule

SAN FRANCISCO (AP) — A federal appeals court on Friday upheld a Montana rule limiting wolf hunting near Yellowstone National Park, ruling 3-0 for the state.

Montana's wildlife agency welcomed the decision. The hunters' group that sued said it was weighing its options.
`

// TestNounModifierVerb: "will Montana appeal" asks of an act, and "a
// federal appeals court" tells none, so it gets no Yes.
func TestNounModifierVerb(t *testing.T) {
	e := engineOf(t, appealsRuling)
	checkAnswers(t, e, []answerCase{
		{"will Montana appeal", nil, []string{"Yes"}},
		{"did Montana appeal", nil, []string{"Yes"}},
	})
}
