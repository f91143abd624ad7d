package lookup

import (
	"context"
	"testing"

	"storybot/knowledge"
)

// clinicBoard is a short article written for these tests, in no question
// set: one person's resignation told as a possessed noun, beside another
// person the question may ask about.
const clinicBoard = `Clinic board names interim director

DOVER, Del. (AP) — Board chair Alma Reyes said Tuesday that the clinic would stay open after Director Paul Hunt's resignation last week over a billing dispute.
`

// TestPresupposedActOfAnother checks that a why- or when-question is not
// answered by a sentence that tells the act as another person's.
func TestPresupposedActOfAnother(t *testing.T) {
	e := engineOf(t, clinicBoard)
	a, err := e.Answer(context.Background(), knowledge.Question{Text: "why did reyes resign"})
	if err != nil {
		t.Fatal(err)
	}
	if a.Found {
		t.Errorf("Hunt resigned, not Reyes; yet answered:\n%s", a.Text)
	}
	checkAnswers(t, e, []answerCase{{"when did hunt resign", []string{"Last week"}, nil}})
}
