package lookup

import "testing"

// ferryBoard is a short article written for these tests, in no question
// set: a recall motion named in one sentence, its result told in the
// next, and an earlier recall the board carried out.
const ferryBoard = `Ferry board keeps chairman

LUNDY, Wash. (AP) — The Lundy Ferry Board met Tuesday to vote on a motion to recall Chairman Dale Ostrow over cost overruns on the new terminal.

The recall motion failed 3-4 late Tuesday night after more than two hours of debate over the terminal's budget and the board's contract with its builder. Board member Iris Vance, who offered it, said she would try again in the spring.

The board recalled a chairman in 2012.
`

// TestProposalFate answers "what happened with X" with the sentence that
// tells the proposal's result, not one that names it or uses its verb of
// another act.
func TestProposalFate(t *testing.T) {
	e := engineOf(t, ferryBoard)
	checkAnswers(t, e, []answerCase{
		{"what happened with the recall", []string{"failed 3-4"}, nil},
		{"what happened to the recall motion", []string{"failed 3-4"}, nil},
	})
}
