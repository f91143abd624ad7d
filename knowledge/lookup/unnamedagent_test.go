package lookup

import "testing"

// raffleWin is a short article written for this test, in no question
// set: a winner the article never names, described by an appositive, and
// a place next to another "won".
const raffleWin = `Church raffle draws record crowd

ELKADER, Iowa (AP) — A church raffle drew a record crowd Sunday, organizers said.

The winner, a 64-year-old farmer who asked not to be named, took home a new pickup truck.

A second ticket, sold at a bakery in Guttenberg, won a quilt, said the Rev. Ann Dolan.
`

// "Who won" is the unnamed one the agent noun "winner" describes, and
// the question's other words must be where the winner is told of.
func TestUnnamedAgentNounDoer(t *testing.T) {
	e := engineOf(t, raffleWin)
	checkOpenings(t, e, []openingCase{
		{q: "who won", first: "A 64-year-old farmer", not: []string{"Guttenberg.", "Dolan."}},
	})
	checkAnswers(t, e, []answerCase{
		{"who won the quilt", nil, []string{"farmer"}},
	})
}
