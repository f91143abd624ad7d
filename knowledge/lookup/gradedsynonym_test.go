package lookup

import "testing"

// countyTowns is a short article written for these tests, in no question
// set: a town ranked with "largest" and "larger", which a question asks
// with "biggest" and "bigger".
const countyTowns = `Weller keeps its lead in county count

BRANT, Wis. (AP) — Weller remained the largest town in Oak County, with 18,200 people, the county clerk said Friday.

Weller is larger than Tamsin, which has about 9,100.

Tamsin's library is the oldest in the county.
`

func TestGradedSynonym(t *testing.T) {
	e := engineOf(t, countyTowns)
	// "biggest" and "largest" grade one meaning (WordNet 3.0's {large, big})
	checkAnswers(t, e, []answerCase{
		{"what's the biggest town in the county", []string{"Weller remained the largest town"}, nil},
		{"which town is biggest", []string{"Weller"}, nil},
	})
	checkOpenings(t, e, []openingCase{
		{"is weller the biggest town", "Yes", nil, nil},
		{"is weller bigger than tamsin", "Yes", nil, nil},
	})
}
