package lookup

import "testing"

// copperTheft is a short article written for this test, in no question
// set: "what metal was stolen" is answered by the noun WordNet files under
// "metal" ("copper"), though the article never writes "metal" by it.
const copperTheft = `Thieves strip copper from shuttered factory

DALTON, Ga. (AP) — Thieves stole about 2,000 pounds of copper wire from a closed carpet factory over the weekend, police said Monday.

Police Lt. Marcus Bell, 44, said the thieves cut through a fence and loaded the wire into a truck. The copper is worth about $8,000, he said.

No arrests have been made.
`

func TestWhichNounAnsweredByHyponym(t *testing.T) {
	checkOpenings(t, engineOf(t, copperTheft), []openingCase{
		// copper is a metal (WordNet), the thing told stolen
		{"what metal did they steal", "Copper", nil, nil},
	})
}
