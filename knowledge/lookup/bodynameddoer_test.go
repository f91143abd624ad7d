package lookup

import "testing"

// orchardFind is a short article written for this test, in no question
// set: a headline and lead that give the finders only as a class noun,
// and a body sentence that retells the find in the passive, with a
// synonym of the headline's verb, naming them; and a second act the body
// never names a doer of.
const orchardFind = `Farmhands find Civil War cannonballs in orchard

LODI, Calif. (AP) — Farmhands clearing an old orchard have found a dozen cannonballs from the Civil War era, county officials said Monday.

The cannonballs were discovered by two brothers from Stockton, Ray and Luis Ochoa, who were pulling out dead trees last week.

"We thought they were rocks," Ray Ochoa said.

Bomb technicians removed the cannonballs on Friday.
`

// The named doer a body sentence gives in the passive answers who did
// the act the headline gives a class noun for; with no such sentence the
// class noun stays the answer.
func TestBodyNamedDoer(t *testing.T) {
	e := engineOf(t, orchardFind)
	checkOpenings(t, e, []openingCase{
		{q: "who found the cannonballs", first: "Ray", not: []string{"Farmhands;"}},
		{q: "who removed the cannonballs", first: "Bomb technicians"},
	})
}
