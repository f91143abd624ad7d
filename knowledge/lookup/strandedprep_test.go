package lookup

import (
	"strings"
	"testing"

	"storybot/knowledge"
)

// agentTalks is a short article written for this test, in no question set.
const agentTalks = `Coach met agent before trade

TORONTO (AP) — Hawks coach Dana Mills met twice with the agent of forward Luca Brandt before Friday's trade, the team said. Brandt scored twice in his last game.
`

// "Twice" counts the acts; a noun the question counts as the act's
// partner ("how many agents did she meet with") is not counted by it,
// while the acts themselves are.
func TestTwiceCountsNoPartner(t *testing.T) {
	e := engineOf(t, agentTalks)
	a := ask(t, e, knowledge.Question{Text: "how many agents did mills meet with"})
	if strings.HasPrefix(a.Text, "Twice") || strings.HasPrefix(a.Text, "2") {
		t.Errorf("two meetings are not two agents: %s", a.Text)
	}
	a = ask(t, e, knowledge.Question{Text: "how many times did mills meet with the agent"})
	if !strings.HasPrefix(a.Text, "Twice") {
		t.Errorf("want the count of meetings, got %s", a.Text)
	}
}
