package lookup

import "testing"

// countyBuses is a short article written for this test, in no question
// set: a partitive whose whole a genitive owns ("the county's 30
// buses"), asked both for the part, by its verb, and for the whole, by
// its owner.
const countyBuses = `Buses pulled from service in Marlow County

MARLOW, Va. (AP) — Eight of the county's 30 school buses failed a brake inspection Monday and were pulled from service, officials said.

Parents were asked to drive their children to school.
`

func TestGenitiveOwnerAsksWhole(t *testing.T) {
	e := engineOf(t, countyBuses)
	checkOpenings(t, e, []openingCase{
		// the owner, with "be" or "have": the size of the set it owns
		{q: "how many buses does the county have", first: "30 school buses."},
		{q: "how many buses are in the county", first: "30 school buses."},
		// the part's own verb: the part
		{q: "how many buses failed the inspection", first: "Eight of the county's 30 school buses."},
	})
}
