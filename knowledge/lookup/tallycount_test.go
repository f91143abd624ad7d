package lookup

import "testing"

// alderVote is a short article written for this test, in no question
// set: a split vote in the lead beside a count of years, and a count of
// those who voted no.
const alderVote = `Alder council backs sewer plan

ALDER, Mont. (AP) — The Alder Town Council voted 6-3 on Monday to approve a sewer plan, the first such plan in 12 years.

Councilman Dale Pruitt, one of three members who voted no, said the plan costs too much.
`

// A count of one side of a vote is that side of the tally: the first
// figure for, the second against; neither the years nor the count
// beside "voted no" answers the votes for.
func TestTallySideCounted(t *testing.T) {
	e := engineOf(t, alderVote)
	checkOpenings(t, e, []openingCase{
		{"how many council members voted for it", "6", []string{"6-3"}, []string{"Three members", "12 years. ALDER"}},
		{"how many voted for the sewer plan", "6", nil, []string{"12 years. ALDER"}},
		{"how many votes did the plan get", "6", nil, nil},
		{"how many members voted against it", "3", []string{"6-3"}, nil},
		{"how many no votes were there", "3", nil, nil},
	})
}
