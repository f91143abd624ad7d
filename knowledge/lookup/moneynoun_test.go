package lookup

import "testing"

// TestMoneyNounMeetsCurrencySign checks that the noun a who- or how-much
// question names money by is held by a sum written with the dollar
// sign, and that a how-question about making money is not answered by
// any sum.
func TestMoneyNounMeetsCurrencySign(t *testing.T) {
	e := engineOf(t, "Widow leaves $2 million to animal shelter\n\nFAIRVIEW, Kan. (AP) — Rosa Delgado left $2 million to the Fairview Animal Shelter, the shelter said Wednesday.\n\nThe money will be used to build new kennels.\n\nDelgado, who died in March at 88, ran a bakery on Main Street for 40 years.\n")
	checkOpenings(t, e, []openingCase{
		{"how much cash did delgado leave", "$2 million", nil, nil},
		{"how much cash did the shelter get", "$2 million", nil, nil},
		{"who left the shelter money", "Rosa Delgado", nil, nil},
	})
	checkAnswers(t, e, []answerCase{
		{"how did delgado make her money", nil, []string{"$2 million"}},
	})
}
