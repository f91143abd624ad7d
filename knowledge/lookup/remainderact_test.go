package lookup

import "testing"

// lifeboatRescue is a short article written for this test, in no
// question set: a group counted, then broken into a part and "the other
// N", each with a verb of its own.
const lifeboatRescue = `Lifeboat crew rescues 14 from sinking trawler

PORT ELLIS (AP) — A lifeboat crew rescued 14 fishermen from a sinking trawler on Friday, the coast guard said.

Three were taken to a hospital, and the other 11 were released after a check at the harbor.
`

// TestRemainderPartAct checks that a question naming the own verb of one
// part of a breakdown is answered by that part, and one naming neither
// part's verb by the group.
func TestRemainderPartAct(t *testing.T) {
	e := engineOf(t, lifeboatRescue)
	checkOpenings(t, e, []openingCase{
		{q: "how many were released", first: "11"},
		{q: "how many were taken to a hospital", first: "Three"},
		{q: "how many fishermen were rescued", first: "14"},
	})
}
