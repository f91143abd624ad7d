package lookup

import "testing"

// libraryBoardPick is a short article written for this test, in no
// question set: the board's unanimity is told of its "decision", and the
// article never writes "vote".
const libraryBoardPick = `Library board picks new director

MERCED, Calif. (AP) — The Merced County library board on Tuesday chose Alma Ruiz, a branch manager from Fresno, as the system's new director.

Board chair Dale Perkins said the decision was unanimous.
`

// A vote is a kind of decision (WordNet 3.0), and only a body's decision
// is unanimous, so "was the vote unanimous" is answered by "the decision
// was unanimous".
func TestUnanimousDecisionAnswersVote(t *testing.T) {
	e := engineOf(t, libraryBoardPick)
	checkOpenings(t, e, []openingCase{
		{q: "was the vote unanimous", first: "Yes"},
		{q: "was the board's vote unanimous", first: "Yes"},
	})
}
