package lookup

import "testing"

// "Did the ordinance pass" is answered by the vote's tally when no verb
// of result tells it: a majority for is a Yes, one against a No, and a
// body the proposal was sent to did not pass it; the articles are written
// for this test and are in no question set.
func TestMajorityVoteCarries(t *testing.T) {
	passed := engineOf(t, "Council bans leaf blowers\n\nDAVIS, Calif. (AP) — The Davis City Council voted 4-1 on Tuesday to ban gas-powered leaf blowers, sending the ordinance to the planning commission for review.\n\n"+
		"Landscapers said the ordinance would raise their costs.\n")
	checkOpenings(t, passed, []openingCase{
		{q: "did the ordinance pass", first: "Yes — by a vote of 4-1"},
	})
	failed := engineOf(t, "Board rejects tax\n\nAMES, Iowa (AP) — The Story County board voted 2-3 on Tuesday on a sales tax for roads, and the tax ordinance will not appear on the ballot.\n\n"+
		"Supervisors said the ordinance needed more study.\n")
	checkOpenings(t, failed, []openingCase{
		{q: "did the ordinance pass", first: "No — by a vote of 2-3"},
	})
}
