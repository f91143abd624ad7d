package lookup

import (
	"context"
	"testing"

	"storybot/knowledge"
)

// hockeyTie is a short article written for this test, in no question
// set: a score after "at" right after the noun a reader counts people
// at ("the game at 3"), and a count of people elsewhere.
const hockeyTie = `Fenmoor ties Ridgeport in overtime thriller

FENMOOR, Vt. (AP) — Liam Coyle scored twice as the Fenmoor Owls came back to tie the game at 3 against Ridgeport on Friday night.

Ridgeport had led 3-1 after two periods. Both teams will meet again on Tuesday.
`

// TestScalePoint checks that a figure after "at" is a point on a scale
// (a score) and counts nothing: "how many people were at the game" is
// refused rather than answered "3", while "scored twice" still counts
// the goals asked about.
func TestScalePoint(t *testing.T) {
	e := engineOf(t, hockeyTie)
	if e.noLex {
		t.Skip("needs WordNet")
	}
	checkAnswers(t, e, []answerCase{
		{"how many times did coyle score", []string{"twice"}, nil},
	})
	for _, q := range []string{"how many people were at the game", "how many ppl were at the game"} {
		a, err := e.Answer(context.Background(), knowledge.Question{Text: q})
		if err != nil {
			t.Fatal(err)
		}
		if a.Found {
			t.Errorf("%q: answered, want refused:\n%s", q, a.Text)
		}
	}
}
