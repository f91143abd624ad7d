package lookup

import "testing"

// marketSeason is a short article written for this test, in no question set.
const marketSeason = `Farmers market moves downtown

SALEM, Ore. (AP) — The city's farmers market moved to a downtown lot this year, organizers said Tuesday.

Its stalls open at 7 a.m. and close at 1 p.m. on Saturdays. The market season starts May 3 and is scheduled to end Oct. 25.

A quilt show in the old armory opens Friday and runs through Sunday.
`

// A span told by an inceptive and a terminative verb coordinated is
// answered by both its ends; a question of one end keeps that end.
func TestPairedEndsGiveTheSpan(t *testing.T) {
	e := engineOf(t, marketSeason)
	checkOpenings(t, e, []openingCase{
		{q: "when are the stalls open", first: "From 7 a.m. to 1 p.m."},
		{q: "when is the market season", first: "From May 3 to Oct. 25"},
		{q: "when is the quilt show", first: "From Friday through Sunday"},
		{q: "what time do the stalls close", first: "At 1 p.m.", not: []string{"From 7 a.m."}},
		{q: "when does the season end", first: "Oct. 25", not: []string{"From May 3"}},
	})
}
