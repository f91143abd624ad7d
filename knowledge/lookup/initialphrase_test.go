package lookup

import "testing"

// coolingHomes is a short article written for these tests, in no question
// set: phrases a reader types by their initials, and an "electric"
// utility, WordNet's sense of "ac".
const coolingHomes = `Few Tacoma homes are cooled

TACOMA, Wash. (AP) — Only about 41% of Tacoma homes had air conditioning last year, census figures show.

Emergency room visits for heat illness doubled during the July heat wave, said Ruth Anand, general manager of the Tacoma Public Utilities cooling program.

The county's district attorney warned landlords not to ban window units. The city's electric utility reported no outages.
`

// TestInitialismSpelledOut: "ac", "er", "gm" and "da" are words to WordNet
// only as abbreviations, so they stand for the article's phrases whose
// initials they are, not WordNet's "alternating current".
func TestInitialismSpelledOut(t *testing.T) {
	e := engineOf(t, coolingHomes)
	checkOpenings(t, e, []openingCase{
		{"what percent of homes have ac", "About 41%", nil, nil},
		{"who is the gm of the cooling program", "Ruth Anand", nil, nil},
	})
	checkAnswers(t, e, []answerCase{
		{"what happened to er visits", []string{"doubled"}, nil},
		{"what did the da do", []string{"warned landlords"}, nil},
	})
}
