package lookup

import "testing"

// ridgeFire is a short article written for this test, in no question set:
// a speed that postmodifies another noun than the one asked about, and a
// distance after another figure's noun.
const ridgeFire = `Ridge Fire doubles in size

BEND, Ore. (AP) — On Sunday, gusts up to 50 mph carried embers across the river, and the Ridge Fire doubled in size.

The fire started near Camp Lowell, a scout camp of about 300 acres 12 miles south of Bend.
`

func TestMeasureAfterOtherNoun(t *testing.T) {
	checkWantOrRefused(t, engineOf(t, ridgeFire), []wantCase{
		// the gusts' speed is not how fast the fire grew: the article does not say
		{"how fast did the fire grow on sunday", ""},
	})
	checkOpenings(t, engineOf(t, ridgeFire), []openingCase{
		// a distance after another figure's noun still places the camp
		{"how far is camp lowell from bend", "12 miles", nil, nil},
	})
}
