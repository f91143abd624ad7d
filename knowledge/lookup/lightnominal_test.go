package lookup

import "testing"

// newPier is a short article written for this test, in no question set:
// acts named by nouns that are the subjects of "came from" and of a light
// verb's passive with a late by-phrase.
const newPier = `Harbor town to get new fishing pier

NEWPORT, Ore. (AP) — A new fishing pier will be built at the harbor this summer, the city said.

Approval came from the Oregon State Marine Board on Monday.

The inspection of the old pier was carried out in March by the Coastal Engineering Company.

The design of the pier was praised by the mayor.
`

// The noun of an act as subject of "come from" or of a light verb's
// passive has the act's doer in the from- or by-phrase (Quirk et al.,
// §3.67).
func TestNominalActAgent(t *testing.T) {
	e := engineOf(t, newPier)
	checkOpenings(t, e, []openingCase{
		{q: "who approved the pier", first: "Oregon State Marine Board"},
		{q: "who inspected the old pier", first: "Coastal Engineering Company"},
	})
}
