package lookup

import "testing"

// bakeSale is a short article written for this test, in no question set:
// a count of every item sold, and one kind of item named elsewhere.
const bakeSale = `Church bake sale raises money for roof

HOLLIS, N.H. (AP) — A church bake sale raised $2,300 on Saturday for a new roof.

Volunteers sold 640 pies by early afternoon, organizer Edna Pruitt said.

"The rhubarb went first, like always," Pruitt said.

Sixty loaves of bread were left over and given to a food pantry.
`

// A count of the bare head answers no question about the head narrowed
// by a noun premodifier; the head's own count still answers.
func TestCountedModifierUnheld(t *testing.T) {
	e := engineOf(t, bakeSale)
	checkWantOrRefused(t, e, []wantCase{
		{"how many rhubarb pies were sold", ""},
		{"how many pies did they sell", "640"},
		{"how much did the bake sale raise", "2,300"},
	})
}
