package lookup

import "testing"

// pikeVoters is a short article written for this test, in no question
// set: shares told as ratios, and a count after "in" a year.
const pikeVoters = `Poll finds support for levy

PIKE, Ind. (AP) — About one in four voters in Pike County backs the school levy, and three out of five parents said they would vote for it, a poll released Monday found.

The district hired 12 teachers in 2023.
`

func TestRatioIsAShare(t *testing.T) {
	checkOpenings(t, engineOf(t, pikeVoters), []openingCase{
		{"what share of voters back the levy", "About one in four", nil, nil},
		{"what percentage of parents would vote for it", "Three out of five", nil, nil},
		// a year after "in" dates a count, it makes no ratio
		{"how many teachers did the district hire", "12 teachers", nil, nil},
	})
}
