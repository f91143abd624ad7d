package lookup

import "testing"

// marginSchoolBoardRace is a short article written for this test, in no
// question set: a contest whose margin is given as a count of votes, with
// no tally written "34-16".
const marginSchoolBoardRace = `Haskins wins school board seat by 212 votes

ELMWOOD, Ind. (AP) — Retired teacher Nora Haskins, 66, won a seat on the Elmwood school board on Tuesday, and her margin over lawyer Tom Bredt, 44, was 212 votes, county officials said.

Haskins received 3,518 votes and Bredt 3,306. About 31% of registered voters cast ballots.

"I will be at every meeting," Haskins said.
`

// TestMarginInVotes reads "what was the margin" of a contest the article
// counts in votes as asking how many votes: WordNet's "margin" is an
// amount ("the margin of victory"), and news writing gives it as a count
// of votes when no tally "34-16" is written.
func TestMarginInVotes(t *testing.T) {
	e := engineOf(t, marginSchoolBoardRace)
	checkOpenings(t, e, []openingCase{
		{q: "what was the margin", first: "212 votes", not: []string{"3,518"}},
		{q: "margin of victory?", first: "212 votes"},
	})
}
