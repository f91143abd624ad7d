package lookup

import "testing"

// councilFundraising is a short article written for this test and in no
// question set: one candidate's sum told with a pronoun subject, the
// other's as a possessive.
const councilFundraising = "Challenger outraised in council race\n\n" +
	"BEND, Ore. — Maria Ortiz, a first-time candidate, is challenging council member Dan Webb in the May election.\n\n" +
	"She raised about $95,000, less than a third of Webb's $310,000.\n\n" +
	"The election is May 19.\n"

// TestComparedMoneyByPronoun: "did Ortiz raise more money than Webb"
// compares the sum the pronoun "she" raised with Webb's: the money noun
// stands for the currency sign, and the pronoun for its subject
// (moneynoun.go, numcompare.go, figurebound.go).
func TestComparedMoneyByPronoun(t *testing.T) {
	e := engineOf(t, councilFundraising)
	checkOpenings(t, e, []openingCase{
		{q: "did ortiz raise more money than webb", first: "No", want: []string{"$310,000"}},
	})
}
