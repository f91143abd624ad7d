package lookup

import "testing"

// A bare wh-fragment ("what county", "which judge") asks the story's own
// one of that kind, and a which-question of a class of place takes the
// place of that class ("which state": the state, not the county). The
// article is written for this test and is in no question set.
func TestBareWhFragment(t *testing.T) {
	e := engineOf(t, "Landlord fined\n\nSALEM, Ore. - A Marion County judge on Monday fined a landlord $40,000 for leaving tenants without heat for a month.\n\n"+
		"Circuit Judge Ann Cole said the landlord, Roy Pike, ignored three city orders. Pike did not comment.\n")
	checkOpenings(t, e, []openingCase{
		{q: "what county", first: "Marion County"},
		{q: "which judge?", first: "Ann Cole"},
		{q: "which state is it", first: "Oregon"},
	})
}
