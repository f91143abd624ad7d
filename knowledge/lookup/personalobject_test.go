package lookup

import "testing"

// TestPersonalObject: "who is replacing him" asks the doer of an act done
// to a person. The passive "He will be replaced … by" names that doer;
// the same verb done to a thing ("Contractors will replace the slate roof") is
// another act, and its subject is no answer.
func TestPersonalObject(t *testing.T) {
	e := engineOf(t, `Library director retires after roof dispute

BANGOR, Maine (AP) — Bangor Public Library Director Paul Caldwell will retire at the end of the month, the library board said Tuesday, after a year of disputes over the cost of repairs to the building.

He will be replaced on an interim basis by Assistant Director Omar Haddad, 44, while the board searches for a permanent director.

Contractors will replace the slate roof for free.

The work will cost $2.1 million.
`)
	checkOpenings(t, e, []openingCase{
		{q: "who is replacing him", first: "Omar Haddad"},
	})
}
