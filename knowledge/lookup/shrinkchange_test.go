package lookup

import "testing"

// valleyTowns is a short article written for these tests, in no question
// set: places that shrank, told with "shrink" and "dwindle", whose
// changes and end points are given as they are for "fall", and a count
// of people who left, which is no population.
const valleyTowns = `Valley towns keep losing residents

HOLCOMB, Neb. (AP) — Darrow County lost about 1,200 people last year, state figures released Monday show.

Tarrow, the county seat, shrank 4% to 7,900 residents.

The county's volunteer fire roster dwindled 30% to 21 members.
`

func TestShrinkIsAChangeInAmount(t *testing.T) {
	e := engineOf(t, valleyTowns)
	checkOpenings(t, e, []openingCase{
		// the end point of "shrank" is the place's population
		{"how many people live in tarrow", "7,900 residents.", nil, nil},
		// the change's size, asked with "how fast"
		{"how fast did tarrow shrink", "4%", nil, nil},
		{"how quickly did the fire roster dwindle", "30%", nil, nil},
	})
}
