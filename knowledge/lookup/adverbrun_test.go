package lookup

import "testing"

// turtleHatch is a short article written for this test, in no question
// set: a count whose noun phrase opens with an adverb and an -ed
// adjective ("critically endangered").
const turtleHatch = `Rare turtles hatch at aquarium

BALTIMORE (AP) — Eleven critically endangered Burmese star tortoises hatched at the National Aquarium this summer, the aquarium said Tuesday.
`

func TestAdverbOpensCountedPhrase(t *testing.T) {
	e := engineOf(t, turtleHatch)
	checkOpenings(t, e, []openingCase{
		{q: "how many tortoises hatched", first: "Eleven"},
	})
}
