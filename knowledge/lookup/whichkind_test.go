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

// TestWhichPersonIsOfTheKindAsked checks that "which judge" is answered
// only with someone the article calls a judge: the defendant named in the
// sentence about the case is not one.
func TestWhichPersonIsOfTheKindAsked(t *testing.T) {
	e := engineOf(t, "Ex-clerk convicted\n\nMILLBROOK, Iowa (AP) — A former county clerk, Paul Dorn, 44, was convicted Monday of stealing $90,000 from the county.\n\nDorn's case began in 2023, when auditors found missing funds.\n\nCircuit Judge Amy Falk set sentencing for June 2.\n")
	checkAnswers(t, e, []answerCase{
		{"which judge has the case", nil, []string{"Dorn."}},
		{"which judge set sentencing", []string{"Amy Falk"}, nil},
	})
}
