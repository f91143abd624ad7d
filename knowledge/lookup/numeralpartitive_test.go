package lookup

import "testing"

// climbTeam is a short article written for this test, in no question
// set: a group sized by a compound, then a part of it taken by "of the"
// and a bare numeral.
const climbTeam = `Climbers reach summit in storm

KATHMANDU, Nepal (AP) — A six-man climbing team reached the summit of Ama Dablam on Monday, its organizer said.

Four of the six had never climbed above 6,000 meters.
`

// TestNumeralPartitive checks that in "Four of the six" the part answers
// what the predicate says of it, not the whole.
func TestNumeralPartitive(t *testing.T) {
	e := engineOf(t, climbTeam)
	checkOpenings(t, e, []openingCase{
		{q: "how many had never climbed that high", first: "Four"},
	})
}
