package lookup

import (
	"context"
	"strings"
	"testing"

	"storybot/knowledge"
)

// bridgeSurvey is a short article written for these tests, in no
// question set: passive agents that are institutions whose names hold
// "of", "on" or "for".
const bridgeSurvey = `Old bridges need repairs, engineers say

PITTSBURGH (AP) — One in six bridges in western Pennsylvania needs major repairs, according to a survey released Tuesday.

The survey was conducted by the University of Pittsburgh. It cost $400,000 and was paid for by the Center for Regional Transit.

The repairs will be overseen by the Commission on Public Works, officials said.
`

func TestPassiveAgentNameHoldsItsPreposition(t *testing.T) {
	checkWantOrRefused(t, engineOf(t, bridgeSurvey), []wantCase{
		{"who conducted the survey", "University of Pittsburgh"},
		{"who paid for it", "Center for Regional Transit"},
		{"who will oversee the repairs", "Commission on Public Works"},
	})
	// the answer's head is the whole name, not its first words
	e := engineOf(t, bridgeSurvey)
	for _, q := range []string{"who paid for it", "who conducted the survey"} {
		a, err := e.Answer(context.Background(), knowledge.Question{Text: q})
		if err != nil {
			t.Fatalf("%q: %v", q, err)
		}
		if head, _, _ := strings.Cut(a.Text, "."); !strings.Contains(head, " of ") && !strings.Contains(head, " for ") {
			t.Errorf("%q: head %q cuts the name at its preposition", q, head)
		}
	}
}
