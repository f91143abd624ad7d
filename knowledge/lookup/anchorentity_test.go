package lookup

import (
	"strings"
	"testing"

	"storybot/knowledge"
)

// kilnReview is a short article written for this test, in no question set.
const kilnReview = `Kiln safety review ordered

OAKDALE, Wis. (AP) — Pottery instructor Dana Pruitt asked for a safety review after a kiln overheated at the arts center.

The center board hired an inspector in March, and the inspector's report is due in June.
`

// The person named only in a trailing clause of time is the anchor's,
// not one the answer's sentence must name: the board's hiring is dated
// by its own sentence, which does not name Pruitt.
func TestAnchorClausePersonNotRequired(t *testing.T) {
	e := engineOf(t, kilnReview)
	a := ask(t, e, knowledge.Question{Text: "when did the board hire an inspector after pruitt asked for a review"})
	if !strings.Contains(a.Text, "March") {
		t.Errorf("want March, got %s", a.Text)
	}
	// a person in the main clause stays the subject
	q := e.understand("when did pruitt ask for a review after the kiln overheated", nil)
	if len(q.subjects) == 0 {
		t.Errorf("Pruitt of the main clause was dropped")
	}
}
