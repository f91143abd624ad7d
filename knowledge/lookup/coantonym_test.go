package lookup

import "testing"

// shelterCount is a short article written for these tests, in no question
// set: count quantifiers ("fewest", "fewer") that a chat question asks
// with the mass ones ("least", "less").
const shelterCount = `Animal shelters see more adoptions, county says

FRESNO, Calif. (AP) — Adoptions at county animal shelters rose 14% last year, officials said Wednesday.

The Westside shelter took in the fewest stray dogs, about 300, while the Clovis shelter took in the most, nearly 1,100.

Cats made up fewer intakes than dogs at every shelter, said director Ana Ruiz, 47.
`

func TestLeastMeetsFewest(t *testing.T) {
	checkWantOrRefused(t, engineOf(t, shelterCount), []wantCase{
		// "least" and "fewest" both oppose "most" in WordNet
		{"which shelter took in the least dogs", "Westside"},
		{"which shelter took in the most dogs", "Clovis"},
	})
}
