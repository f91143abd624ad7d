package lookup

import (
	"context"
	"strings"
	"testing"

	"storybot/knowledge"
)

// quarryDispute is a short article written for this test, in no question
// set: one party's lawyer quoted and named with that party's leader, the
// other party's lawyer never quoted.
const quarryDispute = `Neighbors sue quarry owner over blasting

BRISTOW, Vt. (AP) — Residents of Bristow sued quarry owner Hal Brenner on Monday, saying blasting at his pit cracked their foundations.

Their leader, Maya Lund, has hired lawyer Dana Okoro, who filed the suit in county court.

"These families cannot sleep in their own homes," Okoro said.

Brenner said the blasting met state rules. His lawyer did not return calls.
`

// TestPossessedSpeaker checks that "what did X's lawyer say" quotes a
// lawyer the article ties to X, and is refused when the only lawyer
// quoted is someone else's.
func TestPossessedSpeaker(t *testing.T) {
	e := engineOf(t, quarryDispute)
	checkAnswers(t, e, []answerCase{
		{"what did lund's lawyer say", []string{"cannot sleep"}, nil},
	})
	a, err := e.Answer(context.Background(), knowledge.Question{Text: "what did brenner's lawyer say"})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(a.Text, "cannot sleep") {
		t.Errorf("brenner's lawyer: quoted the residents' lawyer:\n%s", a.Text)
	}
}
