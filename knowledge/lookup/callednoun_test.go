package lookup

import "testing"

// TestCalledNounIsNamed checks that "a group called Lancaster Taxpayers
// United" answers "what group did he lead" with the name, not "the
// article doesn't say which group", on a short article written for this
// test.
func TestCalledNounIsNamed(t *testing.T) {
	e := engineOf(t, "Voters reject pool tax\n\nDOVER, Del. (AP) — Voters rejected a tax for a new city pool on Tuesday.\n\n\"We can't afford it,\" said Ray Dunn, who led a group called Dover Families First.\n")
	checkAnswers(t, e, []answerCase{
		{"what group did dunn lead", []string{"Dover Families First."}, []string{"doesn't say"}},
	})
	boat := engineOf(t, "Fishermen rescued\n\nKODIAK, Alaska (AP) — The Coast Guard rescued three fishermen Sunday after their boat, a trawler named Sea Ranger, sank in a storm.\n")
	checkAnswers(t, boat, []answerCase{
		{"what boat sank", []string{"Sea Ranger"}, nil},
	})
}
