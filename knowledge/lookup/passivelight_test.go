package lookup

import (
	"strings"
	"testing"

	"storybot/knowledge"
)

// toasterRecall is a short article written for this test, in no question set.
const toasterRecall = `Toaster maker recalls 12,000 toasters

DAYTON, Ohio (AP) — Ferro Home is recalling 12,000 toasters because the lever can stick, the company said Friday.

The recall covers models made in 2021.

"Unplug your toaster today," spokeswoman Ada Brill said.
`

// "Made" closing a passive question is the full verb, not a light one:
// the answer must hold it, so "Friday" or "today" of a sentence that
// only names the toasters does not say when they were made.
func TestPassiveLightVerbKeepsItsWeight(t *testing.T) {
	e := engineOf(t, toasterRecall)
	a := ask(t, e, knowledge.Question{Text: "when were the toasters made"})
	if low := strings.ToLower(a.Text); strings.Contains(low, "today") || strings.Contains(low, "friday") {
		t.Errorf("not when they were made: got %s", a.Text)
	}
	a = ask(t, e, knowledge.Question{Text: "when were the models made"})
	if !strings.Contains(a.Text, "2021") {
		t.Errorf("the year they were made: got %s", a.Text)
	}
}
