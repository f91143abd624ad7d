package lookup

import "testing"

// "Where did X work before" is the source of the move the article tells
// ("joined the paper in 2021 from the Fresno Bee"), not the present
// employer; the article is written for this test and is in no question
// set.
func TestEarlierWorkplaceFromJoined(t *testing.T) {
	e := engineOf(t, "Paper names editor\n\nMODESTO, Calif. (AP) — The Modesto Courier named Lila Grant its top editor on Monday.\n\n"+
		"Grant, 44, joined the paper in 2021 from the Fresno Bee, where she covered courts.\n")
	checkOpenings(t, e, []openingCase{
		{q: "where did grant work before", first: "Fresno Bee."},
		{q: "who did grant work for before joining the courier", first: "Fresno Bee."},
	})
}
