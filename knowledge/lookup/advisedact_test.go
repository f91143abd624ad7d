package lookup

import (
	"strings"
	"testing"

	"storybot/knowledge"
)

// blenderRecall is a short article written for this test, in no question set.
const blenderRecall = `Blender maker recalls 40,000 units over loose blades

CASPER, Wyo. (AP) — Tamsin Kitchenware is recalling about 40,000 blenders because the blade can come loose, the company said Wednesday.

About 1,200 customers complained to the company before the recall.

Customers should stop using the blenders and return them to the store for a refund, the company said.

Regulators urged parents to keep the blenders away from children.
`

// "What should X do" asks for the act the report says X ought to do: a
// sentence that holds X and a modal of obligation, or a verb of advising
// with X's act after "to", not the first sentence that holds X.
func TestAdvisedActAnswersWhatSomeoneShouldDo(t *testing.T) {
	e := engineOf(t, blenderRecall)
	for q, want := range map[string]string{
		"what should customers do":         "Customers should stop",
		"what do customers need to do":     "Customers should stop",
		"what are parents supposed to do?": "keep the blenders away",
	} {
		a := ask(t, e, knowledge.Question{Text: q})
		if !strings.Contains(a.Text, want) {
			t.Errorf("%q: want the advice %q, got %s", q, want, a.Text)
		}
	}
}

// A sentence that holds the one asked about but advises nothing does not
// answer what they should do.
func TestAdvisedActWithoutAdviceRefuses(t *testing.T) {
	e := engineOf(t, blenderRecall)
	a := ask(t, e, knowledge.Question{Text: "what should regulators do"})
	if a.Found {
		t.Errorf("no sentence advises regulators: got %s", a.Text)
	}
}
