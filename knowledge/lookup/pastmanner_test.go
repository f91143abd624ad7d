package lookup

import "testing"

// leashVote is a short article written for this test, in no question
// set: a board vote told with its tally in the lead, a member who voted
// against it named later, and a vote still to come.
const leashVote = `Parks board passes leash law

FARRELL, Pa. (AP) — The Farrell parks board voted 5-2 on Monday night to require leashes in all 14 city parks, a rule that dog owners said would keep their pets out of the parks for good.

Board member Joan Pruitt, who voted against it, said the city had no officers to enforce the rule.

Parent Dana Cole told the board her son was bitten last spring. Owner Sam Reyes told the board his dog had never hurt anyone.

The board will vote in May on fines for owners.
`

// "How did the board vote" asks how the act already done was done:
// the sentence with the tally after its verb, not the vote still ahead
// nor a member's vote named in passing.
func TestPastMannerOfAVote(t *testing.T) {
	e := engineOf(t, leashVote)
	checkAnswers(t, e, []answerCase{
		{"how did the board vote", []string{"voted 5-2"}, []string{"will vote in May"}},
		{"how did the parks board vote on the leash rule", []string{"voted 5-2"}, []string{"will vote in May"}},
		{"how will the board vote on fines", nil, []string{"voted 5-2"}},
	})
}
