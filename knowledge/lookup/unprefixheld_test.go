package lookup

import "testing"

// A sentence writing the question's word only with un- ("unofficial
// counts … at the county office") says the opposite of it, though
// "official" meets "office" by its stem: "when will the count be
// official" is not answered "Thursday".
func TestUnprefixedWordHoldsNoQuestionWord(t *testing.T) {
	e := engineOf(t, "Levy passes in Dorrance\n\n"+
		"Voters in Dorrance approved a school levy, 2,210 to 1,875, according to unofficial counts released by the county office on Thursday.\n\n"+
		"Clerk Rosa Imbert said 300 absentee ballots were still out.\n")
	checkWantOrRefused(t, e, []wantCase{
		{"when will the count be official", ""},
		// the word itself, not its un- form, still answers
		{"when were the counts released", "Thursday"},
	})
}
