package lookup

import "testing"

// ferryCapsize is a short article written for this test, in no question
// set: a count with no noun of its own as the subject of a verb with an
// adverb in the medial position, beside a span of hours.
const ferryCapsize = `Ferry capsizes off Port Ellis

PORT ELLIS (AP) — A ferry capsized off Port Ellis on Friday, and nine are still missing more than 20 hours later, the coast guard said.

Divers found 14 survivors clinging to the hull.
`

// TestFusedCountSubject checks that "how many are still missing" is
// answered by the count that is the subject of "are still missing", not
// by the hours beside it.
func TestFusedCountSubject(t *testing.T) {
	e := engineOf(t, ferryCapsize)
	checkOpenings(t, e, []openingCase{
		{q: "how many are still missing", first: "Nine"},
		{q: "how many were found", first: "14"},
	})
}
