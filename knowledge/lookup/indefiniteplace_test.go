package lookup

import "testing"

// pharmacyRobbery is a short article written for this test, in no
// question set: a name under "a" premodifying a place noun, beside a
// named road, and one premodifying a noun that is no place.
const pharmacyRobbery = `Man charged in pharmacy holdup

GRANBY FALLS, Mont. (AP) — A man was charged Thursday with robbing a clerk at a Valley Drug pharmacy on Highway 12, police said.

The clerk, a Billings native, was not hurt.
`

func TestIndefiniteNamedPlace(t *testing.T) {
	e := engineOf(t, pharmacyRobbery)
	checkOpenings(t, e, []openingCase{
		{"where did the man rob the clerk", "At a Valley Drug pharmacy", nil, nil},
	})
}
