package lookup

import (
	"context"
	"strings"
	"testing"

	"storybot/knowledge"
)

// schoolBoard is a short article written for this test, in no question
// set: one person's act denied ("has not resigned"), another person's act
// denied in a sentence that also names the first, and a dated act.
const schoolBoard = `Board member faces calls to quit

DOVER, Del. (AP) — Calls grew Monday for school board member Rita Vance to step down after a recording of her remarks surfaced, but Vance, 58, a retired accountant, has not resigned.

Board president Omar Hale did not resign either, though Vance's critics said he knew of the recording. Vance apologized on Sunday at a church in Dover.
`

func TestWhQuestionAboutADeniedAct(t *testing.T) {
	e := engineOf(t, schoolBoard)
	// the article denies the premise: the reply says so with the denial,
	// and gives no time or reason from elsewhere
	for q, denial := range map[string]string{
		"when did vance resign": "has not resigned",
		"why did hale resign":   "did not resign",
	} {
		a, err := e.Answer(context.Background(), knowledge.Question{Text: q})
		if err != nil {
			t.Fatal(err)
		}
		if a.Found || !strings.HasPrefix(a.Text, "The article doesn't say") || !strings.Contains(a.Text, denial) {
			t.Errorf("%q: want a refusal citing %q, got (found %v):\n%s", q, denial, a.Found, a.Text)
		}
	}
	// an act the article tells is answered
	checkAnswers(t, e, []answerCase{
		{"when did vance apologize", []string{"Sunday"}, []string{"doesn't say"}},
	})
}
