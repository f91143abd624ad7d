package lookup

import (
	"context"
	"strings"
	"testing"

	"storybot/knowledge"
)

// adviceGrounds is a short article written for these tests, in no question
// set: advice with its grounds in a purpose clause, and advice without
// grounds.
const adviceGrounds = `Town issues boil-water notice

KESWICK, Va. (AP) — The Keswick water authority urged residents to boil tap water for one minute so that any bacteria from a broken main are killed.

Officials also urged residents to check on elderly neighbors.
`

// TestAdvisesWhy answers "why should X do Y" from advice that gives its
// grounds, refuses it for advice that gives none, and still refuses "why
// did X do Y" of an act only urged.
func TestAdvisesWhy(t *testing.T) {
	e := engineOf(t, adviceGrounds)
	ans, err := e.Answer(context.Background(), knowledge.Question{Text: "why should residents boil their water"})
	if err != nil || !ans.Found || !strings.Contains(ans.Text, "so that any bacteria") {
		t.Errorf("why should residents boil: want the purpose clause, got %v\n%s", err, ans.Text)
	}
	for _, q := range []string{"why should residents check on neighbors", "why did residents check on their neighbors"} {
		ans, err := e.Answer(context.Background(), knowledge.Question{Text: q})
		if err != nil || ans.Found {
			t.Errorf("%q: want a refusal, got %v\n%s", q, err, ans.Text)
		}
	}
}
