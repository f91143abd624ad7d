package lookup

import "testing"

// A state legislator's party tag gives the hometown ("Rep. Ana Ruiz,
// D-Fort Amity"), which "where is she from" asks; a member of Congress's
// gives the state. The article is written for this test and is in no
// question set.
func TestPartyTagGivesHometown(t *testing.T) {
	e := engineOf(t, "Bill stalls\n\nSALEM, Ore. - A bill to ban plastic bags stalled Tuesday in the state House.\n\n"+
		"Its sponsor, Rep. Ana Ruiz, D-Fort Amity, said she would try again. U.S. Sen. Tom Beal, D-Ore., backed a similar federal bill.\n")
	checkOpenings(t, e, []openingCase{
		{q: "where is ruiz from", first: "Fort Amity"},
		{q: "where is beal from", first: "Oregon"},
	})
}
