package lookup

import "testing"

// A question's adjective before a noun the article writes with an
// adjective of the opposite WordNet cluster is answered No, though the
// question's adjective stands elsewhere in the sentence; the article is
// written for this test and is in no question set.
func TestOpposedPremodifierIsNo(t *testing.T) {
	e := engineOf(t, "Council picks fire chief\n\nMERCED, Calif. (AP) — The city council on Monday named Battalion Chief Rosa Tamez as acting fire chief while it searches for a permanent leader.\n\n"+
		"Tamez, 49, has served with the department for 22 years. The council also approved a temporary budget for the department.\n")
	checkOpenings(t, e, []openingCase{
		{q: "is tamez the permanent fire chief", first: "No —"},
		{q: "is tamez the acting fire chief", first: "Yes —"},
	})
}
