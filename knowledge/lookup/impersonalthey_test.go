package lookup

import "testing"

// kennelRescue is a short article written for this test, in no question
// set: acts done by unnamed people at common-noun places, and a named
// hospital elsewhere that a "they" question must not be given.
const kennelRescue = `Dog rescued after two days in closet

DAYTON, Ohio (AP) — A dog was locked in a storage closet for two days before a neighbor heard it barking, police said Monday.

The neighbor, Carla Byrd, 40, was treated at Miami Valley Hospital for a bite on her hand.

The owner's car was later found in a shed behind the house.
`

// TestImpersonalThey checks that "where did they lock the dog" asks the
// act's own place, "they" being its unnamed doers, not the story's main
// actors at the first named venue.
func TestImpersonalThey(t *testing.T) {
	checkOpenings(t, engineOf(t, kennelRescue), []openingCase{
		{"where did they lock up the dog", "In a storage closet", nil, nil},
		{"where did they find the car", "In a shed", nil, nil},
	})
}
