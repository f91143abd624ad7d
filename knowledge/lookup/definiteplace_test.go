package lookup

import "testing"

// pumpVotes is a short article written for this test, in no question
// set: figures for each chamber of a legislature, each placed by an "in
// the" phrase whose name takes the definite article.
const pumpVotes = `Lawmakers back flood pump money

DOVER, Del. (AP) — A plan to spend $3 million on flood pumps won 30 votes in the 41-member House and 15 in the 21-member Senate on Thursday, more than the two-thirds it needed.

Gov. Ellen Marsh, 63, said she would sign it next week.
`

func TestDefinitePlacePlacesItsFigure(t *testing.T) {
	checkOpenings(t, engineOf(t, pumpVotes), []openingCase{
		// "15 in the 21-member Senate": "the Senate" places the figure before it
		{"how many votes did it get in the senate", "15", nil, nil},
		{"how many votes did it get in the house", "30", nil, nil},
	})
}
