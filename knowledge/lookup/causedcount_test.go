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

// TestCausedActOfCounted: "how many people died" counts people, and the
// lead tells the toll with the causing verb ("Four people were killed")
// while a later sentence tells a part of it with "died". The lead's
// figure answers; the part does not.
func TestCausedActOfCounted(t *testing.T) {
	e := engineOf(t, `Fair ride collapses in Sedalia

SEDALIA, Mo. (AP) — Four people were killed and 11 others were hurt Friday night when a swing ride collapsed at the Missouri State Fair, officials said.

Two riders, a 14-year-old boy and his father, also died, fire Chief Lena Brooks said.

The ride had passed an inspection on Tuesday.
`)
	checkOpenings(t, e, []openingCase{
		{q: "how many people died", first: "Four people"},
		{q: "how many people were hurt", first: "11 others"},
	})
}
