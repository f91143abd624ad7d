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

// barnFire is a short article written for this test, in no question set:
// an act whose subject is "it", reported by a named speaker, and an act a
// named person did.
const barnFire = `Barn fire kills 40 cattle near Amherst

AMHERST, Wis. (AP) — Investigators have not said how it started, fire chief Dale Moser said of the blaze that destroyed a dairy barn Sunday.

Farmer Lena Kraus said her son started the milking machines at 5 a.m. Deputy Ray Olsen said Carl Boyd opened the gate, and Kraus said she closed it.
`

// TestWhoDidAThingsAct: a who-question is answered by the doer of the
// asked act, never by the source who reports it.
func TestWhoDidAThingsAct(t *testing.T) {
	e := engineOf(t, barnFire)
	checkAnswers(t, e, []answerCase{
		// "how it started": no one is shown starting the fire; the speaker is no doer
		{"who started the fire", nil, []string{"Dale Moser.", "Lena Kraus."}},
		// "Kraus said her son started": the source of the report is no doer
		{"who started the milking machines", nil, []string{"Lena Kraus."}},
		// a named doer in the reported clause, and a speaker who reports her own act
		{"who opened the gate", []string{"Carl Boyd"}, []string{"Ray Olsen."}},
		{"who closed the gate", []string{"Lena Kraus"}, nil},
	})
}
