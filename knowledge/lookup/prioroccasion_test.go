package lookup

import (
	"strings"
	"testing"

	"storybot/knowledge"
)

// strollerRecall is a short article written for this test, in no question set.
const strollerRecall = `Stroller maker recalls 30,000 strollers

AKRON, Ohio (AP) — Pell Baby is recalling 30,000 strollers sold in 2024 because a hinge can pinch fingers, the company said Tuesday.

The recall covers strollers made by Pell Baby between January and June 2024.

Pell Baby recalled a line of car seats in 2018 after a buckle failed.
`

// "Has X had a recall before" asks about an occasion earlier than the
// story's own: the sentence that dates a recall by an earlier year
// answers it, not the story's recall, which holds the same words.
func TestPriorOccasionIsTheEarlierOne(t *testing.T) {
	e := engineOf(t, strollerRecall)
	a := ask(t, e, knowledge.Question{Text: "has pell baby had a recall before"})
	if !strings.HasPrefix(a.Text, "Yes") || !strings.Contains(a.Text, "2018") {
		t.Errorf("the 2018 recall: got %s", a.Text)
	}
	a = ask(t, e, knowledge.Question{Text: "does the recall cover strollers made by pell baby"})
	if !strings.HasPrefix(a.Text, "Yes") || strings.Contains(a.Text, "2018") {
		t.Errorf("no prior adverb: the story's own recall, got %s", a.Text)
	}
}
