package lookup

import "testing"

// wexlerRoadPlan is a short article written for this test, in no question
// set: a compound measure before a noun-noun phrase ("a five-year road
// repair plan"), and a span of spending beside it.
const wexlerRoadPlan = `Council backs road plan for Wexler County

WEXLER, Mont. (AP) — The Wexler County Council voted 5-2 on Monday to approve a five-year road repair plan that would spend $80 million over a decade, most of it on bridges.

Council member Ida Brandt voted no, saying the plan costs too much.
`

// TestCompoundMeasuresHead checks that a compound of measure measures the
// head of the noun phrase it premodifies, its last noun: "a five-year road
// repair plan" is how long the plan is, not a measure of the road that
// "over a decade" must outrank.
func TestCompoundMeasuresHead(t *testing.T) {
	e := engineOf(t, wexlerRoadPlan)
	checkOpenings(t, e, []openingCase{
		{"how long is the plan", "Five years", nil, nil},
		{"how long is the repair plan?", "Five years", nil, nil},
	})
}
