package lookup

import "testing"

// pantryRules is a short article written for these tests, in no question
// set: measures named with an -ing premodifier, one kept in place and
// one lifted.
const pantryRules = `Food bank keeps hiring freeze, ends waiting list

DAYTON, Ohio (AP) — The Miami Valley Food Bank said Tuesday its budget keeps in place a hiring freeze for warehouse staff.

The food bank's waiting list for new pantries was lifted in June.
`

// TestIngPremodifier checks that an -ing premodifier is a word of the
// question's subject, so its state is read.
func TestIngPremodifier(t *testing.T) {
	e := engineOf(t, pantryRules)
	checkOpenings(t, e, []openingCase{
		{"is the hiring freeze still on", "Yes", []string{"keeps in place a hiring freeze"}, nil},
		{"is the waiting list still in effect", "No", []string{"was lifted"}, nil},
	})
}
