package lookup

import "testing"

// ferryRiders is a short article written for this test, in no question
// set: a change whose earlier figure is dated inside it ("from 1,200 in
// 2019 to 850 last year").
const ferryRiders = `Ferry loses riders

BAYVIEW, Wash. (AP) — Daily riders on the Bayview ferry fell from 1,200 in 2019 to 850 last year, the county said.
`

func TestDatedChange(t *testing.T) {
	checkOpenings(t, engineOf(t, ferryRiders), []openingCase{
		{"how many daily riders were there last year", "From 1,200 in 2019 to 850.", nil, nil},
	})
}
