package lookup

import "testing"

// A story whose sums are money given and lent, each the object of a verb
// rather than a premodifier of its noun.
const givenMoneyStory = `Fire station gets new roof

DALTON, Ga. (AP) — The city's oldest fire station will get a new roof this spring.

A federal grant will pay $310,000 of the bill, Chief Ana Ruiz said Monday. A bank loan covers the remaining $95,000. The station's 22 firefighters raised $4,000 at a chili supper.
`

func TestSizeOfMoneyGivenOrLent(t *testing.T) {
	e := engineOf(t, givenMoneyStory)
	checkOpenings(t, e, []openingCase{
		// a grant is financial aid and a loan a debt in WordNet: sums of money
		{"how big is the grant", "$310,000", nil, []string{"22"}},
		{"how large was the loan", "$95,000", nil, []string{"22"}},
	})
}
