package lookup

import "testing"

// clerkTheft is a short article written for this test and in no question
// set: a description before a name whose head a prepositional phrase
// postmodifies ("a clerk in the recorder's office, Jill Moss,").
const clerkTheft = "County clerk charged with theft\n\n" +
	"MACON, Ga. — A clerk in the recorder's office, Jill Moss, was charged Friday with stealing fees, the sheriff said.\n\n" +
	"Moss, 39, was released on bond.\n"

// TestPostmodifiedRole: the description before a name runs from its own
// article, not from the article of the prepositional phrase after its
// head (roles.go, lastDeterminer).
func TestPostmodifiedRole(t *testing.T) {
	e := engineOf(t, clerkTheft)
	checkOpenings(t, e, []openingCase{
		{q: "who is jill moss", first: "Jill Moss is a clerk in the recorder's office"},
	})
}
