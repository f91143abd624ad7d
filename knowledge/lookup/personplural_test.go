package lookup

import "testing"

// shopArrests is a short article written for this test, in no question
// set: people counted by an irregular plural as a passive verb's subject.
const shopArrests = `Two charged in shop break-in

DAYTON, Ohio (AP) — Two men were arrested Thursday after a break-in at a hardware store, police said.

Three children were hurt when a car struck a school bus Friday.
`

// TestIrregularPersonPlural: "men" and "children" are the plurals of
// person nouns, so a sentence telling the act of them answers whether
// anyone underwent it.
func TestIrregularPersonPlural(t *testing.T) {
	e := engineOf(t, shopArrests)
	checkOpenings(t, e, []openingCase{
		{"was anyone arrested", "Yes", []string{"Two men were arrested"}, nil},
		{"did anybody get hurt", "Yes", []string{"Three children were hurt"}, nil},
	})
}
