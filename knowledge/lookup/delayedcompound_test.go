package lookup

import "testing"

// crackedDam is a short article written for this test, in no question set.
const crackedDam = `Crack found in Lake Varrow dam

VARROW, Ore. (AP) — Engineers lowered the level of Lake Varrow on Thursday after a crack was found in its dam, the county said.

A machine operator spotted the crack first. Ivo Marchetti, 41, said he stopped his excavator and called his supervisor.

The county said the dam is safe.
`

// The person of a compound description is its last noun ("a machine
// operator"), though WordNet files "machine" under person too.
func TestDelayedBodyCompoundHead(t *testing.T) {
	e := engineOf(t, crackedDam)
	checkOpenings(t, e, []openingCase{
		{q: "who was the machine operator", first: "Ivo Marchetti"},
		{q: "who spotted the crack", first: "Ivo Marchetti"},
	})
}
