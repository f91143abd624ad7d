package lookup

import "testing"

// calfGrowth is a short article written for this test, in no question
// set: one sentence holds two clauses, joined by a semicolon, each with
// its own time and weight.
const calfGrowth = `Zoo's giraffe calf thrives

CINCINNATI (AP) — A giraffe calf born at the Cincinnati Zoo in June is growing fast, keepers said Friday.

The calf weighed 140 pounds at birth; it now weighs 410 pounds.
`

func TestSemicolonClauseDeixis(t *testing.T) {
	e := engineOf(t, calfGrowth)
	checkOpenings(t, e, []openingCase{
		{q: "how much does the calf weigh now", first: "410 pounds"},
		{q: "how much did the calf weigh at birth", first: "140 pounds"},
	})
}
