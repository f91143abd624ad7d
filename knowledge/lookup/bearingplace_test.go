package lookup

import "testing"

// rockslides is a short article written for this test, in no question
// set: a place told by a distance and a bearing from an event, no place
// noun.
const rockslides = `Rockslides close mountain highway

SILVERTON, Colo. (AP) — Two rockslides closed U.S. Highway 550 on Monday, the state transportation department said.

The first slide buried both lanes. A second slide came down about 200 yards north of the first slide an hour later.
`

// "where" is answered by the measured bearing from the first slide.
func TestWhereByABearingFromACommonNoun(t *testing.T) {
	e := engineOf(t, rockslides)
	checkOpenings(t, e, []openingCase{
		{q: "where did the second slide come down", first: "About 200 yards north of the first slide."},
	})
}
