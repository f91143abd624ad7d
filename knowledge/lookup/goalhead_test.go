package lookup

import "testing"

// inmateTransfer is a short article written for this test, in no
// question set: the goal is a jail its county's name premodifies.
const inmateTransfer = `Escapee caught in Reno

RENO, Nev. (AP) — Dale Roper, 34, who walked away from a work crew in Utah, was arrested in Reno on Friday, police said.

Roper was transferred to the Washoe County jail on Saturday to await a hearing.
`

// TestGoalCommonHead answers the goal of a movement with the whole noun
// phrase a proper name premodifies ("the Washoe County jail"), not the
// name alone (Quirk et al. 1985, §17.108).
func TestGoalCommonHead(t *testing.T) {
	e := engineOf(t, inmateTransfer)
	checkOpenings(t, e, []openingCase{
		{q: "where was roper transferred", first: "The Washoe County jail"},
	})
}
