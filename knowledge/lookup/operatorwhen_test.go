package lookup

import (
	"strings"
	"testing"

	"storybot/knowledge"
)

// commuterSkid is a short article written for this test, in no question
// set: an act told in the same sentence as the time of the occasion a
// yes/no question places with "when".
const commuterSkid = `Commuter jet skids off runway in Pike County

ALDEN, Mont. (AP) — Two passengers were injured when a commuter jet skidded off the runway at Pike County Airport at 9:40 p.m. Friday, the sheriff said.

The jet, carrying 31 people from Billings, came to rest in a snowbank, Sheriff Nora Dahl said.

Airport manager Tom Reyes said the runway would reopen Sunday morning.
`

// A "when" after an operator opens a clause of time inside a yes/no
// question; a "when" after a verb of saying or a preposition opens a
// nominal clause that asks the time (Quirk et al., §11.5, §15.25, and ch. 15 on nominal clauses).
func TestOperatorWhenAsksYesNo(t *testing.T) {
	e := engineOf(t, commuterSkid)
	for _, q := range []string{"was anyone injured when the jet skidded", "were any passengers injured when the jet skidded off the runway"} {
		a := ask(t, e, knowledge.Question{Text: q})
		if !a.Found || !strings.HasPrefix(a.Text, "Yes") {
			t.Errorf("%q asks yes or no, got %s", q, a.Text)
		}
	}
	checkAnswers(t, e, []answerCase{
		{"did they say when the runway will reopen", []string{"Sunday"}, nil},
		{"any word on when the runway reopens", []string{"Sunday"}, nil},
		{"when did the jet skid off the runway", []string{"9:40 p.m."}, nil},
	})
}
