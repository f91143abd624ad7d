package lookup

import (
	"context"
	"strings"
	"testing"

	"storybot/knowledge"
)

// shedBreakIn is a short article written for this test, in no question
// set: what deputies found, told without any trace left by the thieves.
const shedBreakIn = `Tools stolen from county shed

MILFORD, Del. (AP) — Deputies found a ladder leaning against the back wall of a county garden shed on Monday after someone broke in overnight.

Two chain saws and a leaf blower were missing, the sheriff's office said.
`

// TestAskedThingNeverMentioned: a yes/no question about a thing the
// article never names is refused, even when a sentence holds its other
// words; the sentence says nothing of that thing.
func TestAskedThingNeverMentioned(t *testing.T) {
	e := engineOf(t, shedBreakIn)
	for _, q := range []string{"did deputies find fingerprints on the ladder", "did they find footprints on the leaning ladder", "did deputies find a glove by the garden shed wall"} {
		a, err := e.Answer(context.Background(), knowledge.Question{Text: q})
		if err != nil {
			t.Fatal(err)
		}
		if a.Found || !strings.HasPrefix(a.Text, "The article doesn't say") {
			t.Errorf("%q: want a refusal, got (found %v):\n%s", q, a.Found, a.Text)
		}
	}
	checkAnswers(t, e, []answerCase{
		{"did deputies find a ladder", []string{"Yes —"}, nil},
	})
}
