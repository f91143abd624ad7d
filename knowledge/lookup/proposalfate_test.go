package lookup

import (
	"context"
	"strings"
	"testing"

	"storybot/knowledge"
)

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
	for _, q := range []string{"what happened with the recall", "what happened to the recall motion"} {
		ans, err := e.Answer(context.Background(), knowledge.Question{Text: q})
		if err != nil {
			t.Fatalf("%q: %v", q, err)
		}
		if !ans.Found || !strings.Contains(ans.Text, "failed 3-4") {
			t.Errorf("%q: want the motion's result, got:\n%s", q, ans.Text)
		}
	}
}
