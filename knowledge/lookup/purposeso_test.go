package lookup

import "testing"

// TestPurposeClauseMeans: "so the water could flow out" is the purpose of
// the clause before it, which tells how the water flowed out; its modal
// is no mere possibility.
func TestPurposeClauseMeans(t *testing.T) {
	e := engineOf(t, "Flooded mill drained\n\nLOWELL, Mass. (AP) — A flooded mill was drained on Friday, the city said.\n\n"+
		"Crews drilled two holes in the mill's gate with a long bit so the water could flow out. Volunteers carried water from the basement in buckets.\n\n"+
		"The mill reopened Monday.\n")
	checkOpenings(t, e, []openingCase{
		{q: "how did the water flow out", first: "Crews drilled two holes"},
	})
}
