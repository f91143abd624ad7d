package lookup

import "testing"

// sunkMoorings is a short article written for these tests, in no question
// set: groups that shrink, each sentence giving the whole, the part that
// went and the part that holds on.
const sunkMoorings = `Storm sinks boats in Maine harbor

HARBORTON, Maine (AP) — A winter storm swept through Harborton's harbor on Monday night, harbor officials said.

Only 12 of the 40 lobster boats moored in the harbor are still afloat after 28 sank overnight.

Of the town's 900 moorings, about 300 remain usable; the rest were torn loose by the waves.

The cannery on the wharf once employed 60 people. Fewer than 20 still work there.

Searchers found two fishermen on Tuesday. The remaining 5 were still missing Tuesday night, and 30 volunteers remain on the docks.
`

// TestContinuingCount: a question asking what holds on ("still",
// "remain", "left") is answered by the count the sentence says holds on,
// not by the whole or the part that went.
func TestContinuingCount(t *testing.T) {
	e := engineOf(t, sunkMoorings)
	checkOpenings(t, e, []openingCase{
		{q: "how many boats are still afloat", first: "12"},
		{q: "how many are still in the harbor", first: "12"},
		{q: "how many moorings remain usable", first: "About 300"},
		{q: "how many people still work there", first: "Fewer than 20"},
		{q: "how many fishermen are still missing", first: "5"},
	})
}
