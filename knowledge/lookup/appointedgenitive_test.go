package lookup

import "testing"

// millbrookManager is a short article written for this test, in no question
// set: the role an appointing verb gives opens with a genitive ("as the
// town's new manager").
const millbrookManager = `Millbrook hires town manager

MILLBROOK, N.Y. (AP) — The Millbrook Town Board on Monday hired Dana Kerr, a planner from Albany, as the town's new manager, Supervisor Pat Lowe said.

Kerr replaces Ed Voigt, who left in June.
`

// "Hired Dana Kerr … as the town's new manager" makes Kerr the town's new
// manager, not "the town" (Quirk et al. 1985, §5.115: the genitive in the
// determiner's place).
func TestAppointedRoleWithGenitive(t *testing.T) {
	e := engineOf(t, millbrookManager)
	checkOpenings(t, e, []openingCase{
		{q: "who is the new manager", first: "Dana Kerr"},
		{q: "what is Dana Kerr's job", first: "Dana Kerr", want: []string{"the town's new manager"}},
	})
}
