package lookup

import (
	"strings"
	"testing"

	"storybot/knowledge"
)

// harborDredging is a short article written for this test, in no
// question set.
const harborDredging = `Port board approves dredging plan

PELL HARBOR, R.I. (AP) — The Pell Harbor port board on Wednesday approved a $9 million plan to deepen the main shipping channel.

The board hopes to begin dredging in 2027 if state money comes through.

A smaller channel near the ferry dock was widened in 2019.
`

// A verb of hope tells its to-infinitive's act as an aim, not a fact
// (Karttunen 1971): "hopes to begin dredging in 2027" dates no dredging
// that began, so "when did dredging begin" is not answered by it, while
// a question of the future or of the aim still is.
func TestAimedActDatesNoPastAct(t *testing.T) {
	e := engineOf(t, harborDredging)
	a := ask(t, e, knowledge.Question{Text: "when did the dredging begin"})
	if strings.Contains(a.Text, "2027") {
		t.Errorf("an aim is no past act: got %s", a.Text)
	}
	for _, q := range []string{"when will dredging begin", "when does the board hope to begin dredging"} {
		a = ask(t, e, knowledge.Question{Text: q})
		if !strings.Contains(a.Text, "2027") {
			t.Errorf("%q: the aim's time: got %s", q, a.Text)
		}
	}
}
