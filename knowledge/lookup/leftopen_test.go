package lookup

import (
	"context"
	"strings"
	"testing"

	"storybot/knowledge"
)

// kilnTheft is a short article written for these tests, in no question
// set: answers left open by a negated verb of saying or disclosing, and
// answers the article does give.
const kilnTheft = `Pottery studio's kiln stolen from loading dock

ELMWOOD, Ind. (AP) — A kiln worth $9,000 was stolen from the loading dock of the Clayworks pottery studio, owner Nadia Ross said Friday.

A delivery driver, Owen Platt, noticed the empty dock at 7 a.m. Thursday. Police have not said who took the kiln. Ross declined to say how much the insurer would pay.

The studio bought the kiln in March. The studio will reopen on Monday. No date has been set for a fundraiser.
`

// TestLeftOpen checks that a question whose act the best sentence marks
// as not known is refused with that sentence, and that questions the
// article answers are still answered.
func TestLeftOpen(t *testing.T) {
	e := engineOf(t, kilnTheft)
	checkLeftOpen(t, e, []leftOpenCase{
		{"who took the kiln", "have not said who took"},
		{"how much will the insurer pay", "declined to say how much"},
		{"when is the fundraiser", "No date has been set"},
	})
	checkOpenings(t, e, []openingCase{
		{"who noticed the empty dock", "Owen Platt", nil, []string{leftOpenHead}},
		{"how much was the kiln worth", "$9,000", nil, []string{leftOpenHead}},
		{"when did the studio buy the kiln", "In March", nil, []string{leftOpenHead}},
		{"when will the studio reopen", "On Monday", nil, []string{leftOpenHead}},
	})
}

// leftOpenCase is a question the article leaves open and the words of the
// sentence that says so.
type leftOpenCase struct{ q, cite string }

// checkLeftOpen asks each case of e and wants a refusal that opens with
// leftOpenHead and quotes the case's sentence.
func checkLeftOpen(t *testing.T, e *Engine, cases []leftOpenCase) {
	t.Helper()
	for _, tt := range cases {
		a, err := e.Answer(context.Background(), knowledge.Question{Text: tt.q})
		if err != nil {
			t.Fatal(err)
		}
		if a.Found || !strings.HasPrefix(a.Text, leftOpenHead) || !strings.Contains(a.Text, tt.cite) {
			t.Errorf("%q: want a refusal quoting %q, got found=%v:\n%s", tt.q, tt.cite, a.Found, a.Text)
		}
	}
}
