package lookup

import (
	"context"
	"testing"

	"storybot/knowledge"
)

// TestWhichAsksItsKind checks that "which company" is not answered with a
// council, nor with the agency credited in the dateline.
func TestWhichAsksItsKind(t *testing.T) {
	e := engineOf(t, "Millbrook approves footbridge\n\nMILLBROOK, Iowa (AP) — The Millbrook City Council voted 5-2 on Tuesday to build a $4 million footbridge over the Cedar River.\n\nConstruction is set to begin in May, Mayor Tom Grady said.\n")
	a, err := e.Answer(context.Background(), knowledge.Question{Text: "which company is building the bridge"})
	if err != nil {
		t.Fatal(err)
	}
	if a.Found {
		t.Errorf("want a refusal, got %s", a.Text)
	}
	// a council is asked for by its own kind
	checkAnswers(t, e, []answerCase{
		{"which council voted on the footbridge", []string{"Millbrook City Council"}, nil},
	})
}
