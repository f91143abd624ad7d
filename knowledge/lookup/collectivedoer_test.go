package lookup

import "testing"

// ghentSeizure is a short article written for this test, in no question
// set: acts done by unnamed forces, one with a nationality before it.
const ghentSeizure = `Stolen painting seized in Belgium

GHENT, Belgium (AP) — An auction house withdrew the painting from sale in March, and Belgian police seized it two weeks later.

Troops cleared the road to the border on Friday.
`

func TestCollectiveForceIsTheDoer(t *testing.T) {
	checkOpenings(t, engineOf(t, ghentSeizure), []openingCase{
		{"who seized the painting", "Belgian police", nil, nil},
		{"who cleared the road", "Troops", nil, nil},
	})
}
