package lookup

import "testing"

// dockFight is a short article written for these tests, in no question
// set: one sentence gives the age of one person noun and names another,
// and one gives an age in an appositive.
const dockFight = `Man charged after dock fight

LORING, Maine (AP) — Police on Sunday charged a 33-year-old man with assault after a fight with a deckhand at the town dock.

The boat's owner, a 61-year-old fisherman, called police.
`

// TestAgeHead gives an age compound's age to the noun it premodifies
// only, and an appositive's to the noun it is set beside.
func TestAgeHead(t *testing.T) {
	e := engineOf(t, dockFight)
	checkWantOrRefused(t, e, []wantCase{{"how old was the deckhand", ""}})
	checkOpenings(t, e, []openingCase{{q: "how old is the owner", first: "61"}})
}
