package lookup

import "testing"

// ovenShopBreakIn is a short article written for these tests, in no
// question set: a negative subject coordinated with "other".
const ovenShopBreakIn = `Bakery broken into overnight

AKRON, Ohio (AP) — Burglars broke into a bakery overnight Monday and took a safe holding about $2,000, police said.

No ovens or other equipment were damaged, the owner said.
`

// TestNegatedOther: "no ovens or other equipment were damaged" is a
// negative clause, "other" standing inside the negated phrase.
func TestNegatedOther(t *testing.T) {
	e := engineOf(t, ovenShopBreakIn)
	checkOpenings(t, e, []openingCase{
		{"was other equipment damaged", "No", []string{"No ovens or other equipment were damaged"}, nil},
	})
}
