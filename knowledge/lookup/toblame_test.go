package lookup

import "testing"

// vessPond is a short article written for this test, in no question set:
// one sentence tells what caused the spill and the lead names the spill as
// the subject of "was to blame".
const vessPond = `Oily film on Miller Pond

VESS, Ind. (AP) — A fuel spill, officials said Monday, was to blame for an oily film on Miller Pond.

A cracked tank at a car wash on Route 9 caused the spill, fire officials said after a two-day search.
`

// The subject of "was to blame" is a cause, so that sentence does not
// say what caused its subject.
func TestToBlameNamesCause(t *testing.T) {
	e := engineOf(t, vessPond)
	checkOpenings(t, e, []openingCase{
		{q: "what caused the spill", first: "A cracked tank"},
		{q: "what was to blame for the oily film", first: "VESS"},
	})
}
