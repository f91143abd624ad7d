package lookup

import "testing"

// stormPath is a short article written for this test, in no question set:
// a measure given as a fraction compounded with its unit.
const stormPath = `Tornado damages farms in Iowa

AMES, Iowa (AP) — A tornado damaged three farms near Ames on Tuesday, cutting a path about 6 miles long and a half-mile wide, the weather service said. Crews needed a quarter-hour to clear the road.
`

// TestFractionUnit checks that "a half-mile" measures half a mile, and
// answers how wide, as "6 miles" answers how long.
func TestFractionUnit(t *testing.T) {
	e := engineOf(t, stormPath)
	checkOpenings(t, e, []openingCase{
		{"how wide was the path", "Half-mile", nil, nil},
		{"how long was the path", "About 6 miles", nil, nil},
	})
}
