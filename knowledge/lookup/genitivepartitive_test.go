package lookup

import "testing"

// canalBarges is a short article written for this test, in no question
// set: partitives whose whole is determined by a genitive with its own
// determiner and premodifier ("a towing company's").
const canalBarges = `Barges break loose on Ottaway Canal

LOCKPORT, Ill. (AP) — Nine of a towing company's 40 barges broke loose on the Ottaway Canal on Monday, and three of a small marina's 25 boats sank, officials said.

The Coast Guard closed the canal for six hours.
`

func TestGenitivePartitive(t *testing.T) {
	e := engineOf(t, canalBarges)
	checkOpenings(t, e, []openingCase{
		// the part counts the act; the whole is only the set it is taken
		// from, so the answer opens with the part
		{q: "how many barges broke loose", first: "Nine of a towing company's 40 barges."},
		{q: "how many boats sank", first: "Three of a small marina's 25 boats."},
		{q: "how many hours was the canal closed", first: "Six hours."},
	})
}
