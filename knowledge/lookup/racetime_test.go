package lookup

import (
	"context"
	"testing"

	"storybot/knowledge"
)

// harborSwim is a short race report written for these tests, in no question
// set: times given after "in", one competitor named without a time, and
// two of one nationality, only one of them shown to be a man.
const harborSwim = `Favorite wins Harbor Swim

PORTVALE, Maine (AP) — Sweden's Erik Lindqvist won the Harbor Swim on Saturday in 1 hour, 2 minutes, 15 seconds, the fastest time in a decade.

Canada's Marc Dubois was second in 1:03:40. Sweden's Anna Berg was fourth.

Lindqvist said he would race again in June.

Organizers said the race would start at 9:30 a.m. next year.
`

func TestResultTimes(t *testing.T) {
	e := engineOf(t, harborSwim)
	checkAnswers(t, e, []answerCase{
		// a competitor's time is the span after "in", the units listed together
		{"what was lindqvist's time", []string{"1 hour, 2 minutes, 15 seconds"}, nil},
		{"dubois's finishing time?", []string{"1:03:40"}, []string{"9:30"}},
		// a demonym and a noun of one sex pick the one man of that nation
		{"the swedish guy's time?", []string{"1 hour, 2 minutes"}, nil},
	})
	// a time given only for others is not Berg's
	a, err := e.Answer(context.Background(), knowledge.Question{Text: "what was berg's time"})
	if err != nil {
		t.Fatal(err)
	}
	if a.Found {
		t.Errorf("berg's time: want not found, got %s", a.Text)
	}
}

// TestWinningTimeOfLead checks that "what was the winning time", naming
// no one, is answered by the span of time the lead gives the winner, not
// by a sentence about the prize for winning, on a short article written
// for this test.
func TestWinningTimeOfLead(t *testing.T) {
	e := engineOf(t, "Ortiz wins state swim title\n\nAUSTIN, Texas (AP) — Maya Ortiz won the state 400-meter freestyle title Saturday, finishing in 4 minutes, 12 seconds.\n\nLena Brooks was second in 4:15.20. Ortiz earned a $1,000 scholarship for winning.\n")
	checkAnswers(t, e, []answerCase{
		{"what was the winning time", []string{"4 minutes, 12 seconds. AUSTIN"}, nil}, // the time first, then the lead
	})
}
