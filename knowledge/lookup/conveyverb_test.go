package lookup

import "testing"

// silageCollapse is a short article written for this test, in no
// question set: the hurt are "taken" and "brought" to their goals, and
// the event happened elsewhere.
const silageCollapse = `Silo wall collapses at dairy farm

LEDGER, Wis. (AP) — A silo wall collapsed at a dairy farm near Ledger on Monday, injuring two farmhands, the sheriff said.

One farmhand was taken by ambulance to Aspirus Wausau Hospital in Wausau with a broken leg. A second man was brought to Marshfield Medical Center in Marshfield for treatment of cuts.

The collapse took place shortly after 7 a.m. at the Kessler farm on Route 12.
`

// TestConveyGoal answers where someone was taken or brought with the goal
// of the bring or take verb (Levin 1993, §11.3), not the town that
// locates it; "take place" asks no goal.
func TestConveyGoal(t *testing.T) {
	e := engineOf(t, silageCollapse)
	checkOpenings(t, e, []openingCase{
		{q: "where did they take the farmhand", first: "Aspirus Wausau Hospital"},
		{q: "where was the second man brought", first: "Marshfield Medical Center"},
		{q: "where did the collapse take place", first: "", not: []string{"Aspirus", "Marshfield"}},
	})
}
