package lookup

import "testing"

// millMuseum is a short article written for this test, in no question
// set: one thing dated by a participle clause after a comma ("The mill,
// built in 1874,") and another by an active verb after "which".
const millMuseum = `Old mill becomes a museum

LOWELL, Vt. (AP) — The Pike River mill, built in 1874 by a lumber company, will reopen as a museum in May.

The covered bridge beside it, which opened in 1902, will close for repairs.
`

// A participle clause set off by a comma after a noun is a reduced
// passive relative (Quirk et al., §17.29): the mill was built, so the
// answer says so, not "It built in 1874"; an active verb stays active.
func TestReducedPassiveAge(t *testing.T) {
	e := engineOf(t, millMuseum)
	checkOpenings(t, e, []openingCase{
		{q: "how old is the mill", first: "It was built in 1874."},
		{q: "how old is the covered bridge", first: "It opened in 1902."},
	})
}
