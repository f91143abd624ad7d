package lookup

import "testing"

// tollBill is a short article written for this test, in no question set:
// the level in force is called "current", and other sentences give the
// proposed level and other states' levels beside the same noun.
const tollBill = `Lawmakers weigh higher bridge toll

HARRISBURG, Pa. (AP) — A state Senate committee voted Monday to raise the toll on the Delaware River bridge to $6 by 2027.

The current toll is $4, where it has stood since 2015. Two other states charge a $7 toll on their largest bridges.
`

func TestCurrentDeixis(t *testing.T) {
	e := engineOf(t, tollBill)
	checkOpenings(t, e, []openingCase{
		{q: "what is the toll now", first: "$4"},
		{q: "how much is the toll", first: "$4"},
	})
}
