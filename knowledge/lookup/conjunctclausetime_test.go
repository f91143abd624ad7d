package lookup

import "testing"

// zooHours is a short article written for this test, in no question set.
const zooHours = `Zoo opens new aviary

OMAHA, Neb. (AP) — The city zoo opened a new aviary on Thursday, its director said.

The aquarium is open from 10 a.m. to 6 p.m., and the aviary keepers hold feedings between 1 p.m. and 2 p.m. daily.
`

// A time in one of two clauses joined by ", and" belongs to that clause:
// the feedings are not at the aquarium's hours, however near.
func TestConjunctClauseKeepsItsTime(t *testing.T) {
	e := engineOf(t, zooHours)
	checkOpenings(t, e, []openingCase{
		{q: "when are the aviary feedings", first: "Between 1 p.m. and 2 p.m."},
		{q: "what time are the aviary feedings", first: "Between 1 p.m. and 2 p.m."},
		{q: "when is the aquarium open", first: "From 10 a.m. to 6 p.m."},
	})
}
