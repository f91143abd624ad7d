package lookup

import "testing"

// dockRules is a short article written for these tests, in no question
// set: a measure left in place, one that remains in place, and a fee
// charged in place of another.
const dockRules = `Judge trims marina rules but keeps speed limit

PORT ALLEN, Mich. (AP) — A county judge on Monday struck down the marina's ban on overnight mooring, but the ruling leaves in place the speed limit for boats in the harbor.

The fuel surcharge remains in place until the spring. A launch fee is now charged in place of the parking permit.
`

// TestInPlace checks that a measure left or remaining "in place" is
// still in effect, also when the question premodifies what the article
// postmodifies, and that "in place of" states nothing.
func TestInPlace(t *testing.T) {
	e := engineOf(t, dockRules)
	checkOpenings(t, e, []openingCase{
		{"is the speed limit still in effect", "Yes", []string{"leaves in place the speed limit"}, nil},
		// the question's premodifier, said after the head ("limit for boats")
		{"is the boat speed limit still in effect", "Yes", []string{"leaves in place the speed limit"}, nil},
		{"is the fuel surcharge still in force", "Yes", []string{"remains in place"}, nil},
		{"is the parking permit still in effect", "", nil, []string{"Yes"}},
	})
}
