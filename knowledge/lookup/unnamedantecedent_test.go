package lookup

import "testing"

// ferryFall is a short article written for this test, in no question
// set: an unnamed person who does a second act by a coordinated
// predicate, another by a pronoun, and a named source in an attribution
// who did neither.
const ferryFall = `Passenger rescued after fall from ferry

PORT ANGELES, Wash. (AP) — A man fell from a ferry into Puget Sound on Friday and was pulled out by a crew member, officials said.

The deckhand, who was not named, saw him go over the rail and threw a life ring, Captain Dana Pruett said. She then lowered a rescue boat with two other crew members.

The passenger, a 70-year-old retiree, was treated for cold exposure.
`

// The act of a second predicate ("threw a life ring") and of an opening
// "she" is the unnamed deckhand's, not the captain's who reports it.
func TestUnnamedSubjectCarriedOn(t *testing.T) {
	e := engineOf(t, ferryFall)
	checkOpenings(t, e, []openingCase{
		{q: "who threw the life ring", first: "The deckhand", not: []string{"Pruett."}},
		{q: "who lowered the rescue boat", first: "The deckhand", not: []string{"Pruett."}},
	})
}
