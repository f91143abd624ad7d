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

// pileupClosure is a short article written for this test, in no question
// set: the headline's bare "interstate" is a kind of highway, but the body
// names the instance, "Interstate 80".
const pileupClosure = `Snow squall pileup injures 9, closing interstate

WALCOTT, Iowa (AP) — Interstate 80 was closed for six hours Friday after a sudden snow squall caused a pileup of 31 vehicles, the Iowa State Patrol said.

Nine people were taken to hospitals with injuries that were not life-threatening, Trooper Ben Larkin, 33, said.
`

func TestWhichNounNamedInstanceBeforeHyponym(t *testing.T) {
	checkOpenings(t, engineOf(t, pileupClosure), []openingCase{
		// "Interstate 80" names the highway; "closing interstate" does not
		{"which highway got shut down", "", []string{"Interstate 80"}, []string{"Closing interstate"}},
	})
}
