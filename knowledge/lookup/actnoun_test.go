package lookup

import "testing"

// meteoriteFind is a short article written for these tests, in no
// question set: the act asked about stands once as a noun after a
// determiner, with another person near it, and once as the verb of its
// doer.
const meteoriteFind = `Farmer's field yields rare meteorite

AMES, Iowa (AP) — Geologist Laura Petit gave a lecture about the find on Friday.

The meteorite is the size of a softball. It was identified at Iowa State University after corn farmer Dale Voss found the rock in May while plowing his field near Boone.
`

// TestActNamedAsThingNamesNoDoer checks that a who-question skips a
// sentence that holds its verb only as a noun ("the find").
func TestActNamedAsThingNamesNoDoer(t *testing.T) {
	e := engineOf(t, meteoriteFind)
	checkOpenings(t, e, []openingCase{{q: "who found it", first: "Dale Voss."}})
}
