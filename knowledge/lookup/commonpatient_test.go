package lookup

import "testing"

// ferryStabbing is a short article written for this test, in no
// question set: the arrested and the hurt told only by description, and
// a rescuer named.
const ferryStabbing = `Man arrested after stabbing on Orcas ferry

ANACORTES, Wash. (AP) — A 34-year-old Tacoma man was arrested Sunday after a fight aboard a ferry, the sheriff said.

Deputies said a 19-year-old deckhand was stabbed in the arm. Passenger Mara Quill was praised for holding the attacker until the boat docked.
`

func TestUnnamedPatient(t *testing.T) {
	e := engineOf(t, ferryStabbing)
	checkOpenings(t, e, []openingCase{
		// the passive's subject, a description in place of a name
		{"who got arrested", "A 34-year-old Tacoma man; the article does not name them.", nil, nil},
		// past the verb of saying that reports it
		{"who was stabbed", "A 19-year-old deckhand;", nil, []string{"Mara Quill"}},
		// a named patient is still named
		{"who was praised", "Mara Quill.", nil, []string{"does not name"}},
	})
	checkWantOrRefused(t, e, []wantCase{{"who was fired", ""}, {"who was charged", ""}})
}
