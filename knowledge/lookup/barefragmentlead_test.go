package lookup

import "testing"

// A fragment that asks nothing but its noun ("what inning") asks of the
// story's event, which the lead tells, not of a later sentence that
// holds the noun as well. The article is written for this test and is in
// no question set.
func TestBareFragmentTakesTheLead(t *testing.T) {
	e := engineOf(t, "Bats walk off in ninth\n\nLOUISVILLE, Ky. - Dana Ruiz singled home the winning run in the ninth inning, and the Louisville Bats beat the Toledo Mud Hens 3-2 on Sunday night before a crowd of 6,100.\n\n"+
		"Toledo starter Eli Park walked two. Park left in the third inning.\n")
	checkOpenings(t, e, []openingCase{
		{q: "what inning", first: "The ninth inning"},
		{q: "what inning did park leave", first: "The third inning"},
	})
}
