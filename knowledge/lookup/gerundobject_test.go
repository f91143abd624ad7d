package lookup

import "testing"

// cabinDoor is a short article written for this test, in no question set:
// a charge named by an -ing clause, and an instrument named by a noun.
const cabinDoor = `Passenger charged after trying to open plane door

DENVER (AP) — A passenger was charged with interfering with a flight crew, a federal crime, after he tried to open a door on a flight to Denver on Saturday.

Crew members restrained him with plastic cuffs, the airline said.
`

// TestGerundObject checks that a preposition's -ing object is answered
// with its whole clause, and a noun object as before.
func TestGerundObject(t *testing.T) {
	e := engineOf(t, cabinDoor)
	checkOpenings(t, e, []openingCase{
		{"what was he charged with", "Interfering with a flight crew.", nil, nil},
		{"what did they restrain him with", "Plastic cuffs.", nil, nil},
	})
}
