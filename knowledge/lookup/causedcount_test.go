package lookup

import "testing"

// TestCausedCount: "how many died" and "how many deaths" count the dead,
// whom the article reports only as the objects of "killing" (WordNet:
// "kill" causes "die"). The count of the causer's objects answers, not
// the injured count beside it.
func TestCausedCount(t *testing.T) {
	e := engineOf(t, `Warehouse fire in Lorton

LORTON, Va. (AP) — A fire tore through a furniture warehouse in Lorton on Saturday night, killing seven workers and injuring 19 others, the county fire chief said.

Chief Dana Whitfield, 56, said the blaze started near a loading dock shortly after 9 p.m. and burned for six hours.
`)
	checkOpenings(t, e, []openingCase{
		{q: "how many died", first: "Seven workers"},
		{q: "how many deaths", first: "Seven workers"},
		{q: "how many died in the fire", first: "Seven workers"},
	})
}
