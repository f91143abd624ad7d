package lookup

import "testing"

// libraryPick is a short article written for this test, in no question
// set: a body chooses a person with an infinitive of the post's duty.
const libraryPick = `Library board picks branch manager for top job

DULUTH, Minn. (AP) — The Duluth Public Library Board has chosen branch manager Ines Carvalho to replace Director Walter Pruitt, who retires in June.

The city also tapped planner Omar Haddad to run the library's building project.
`

// TestAppointedDoer checks that the object of an appointing verb, not
// the body that chose, does the act of the infinitive after it.
func TestAppointedDoer(t *testing.T) {
	e := engineOf(t, libraryPick)
	checkOpenings(t, e, []openingCase{
		{q: "who will replace pruitt", first: "Ines Carvalho."},
		{q: "who's going to run the building project", first: "Omar Haddad."},
	})
}
