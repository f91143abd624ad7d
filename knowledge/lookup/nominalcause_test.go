package lookup

import (
	"context"
	"strings"
	"testing"

	"storybot/knowledge"
)

// nominalPump is a short article written for these tests, in no question
// set: a pump failure told first as the cause of a closing and then by
// its noun with its own cause.
const nominalPump = `Water park shuts for season

SANDUSKY, Ohio (AP) — Breakers Bay water park closed for the season on Monday after its main pump failed on Saturday.

The pump failure was caused by a cracked bearing that overheated, the park's manager said.
`

// TestNominalCause answers why an act told only as a cause happened from
// the sentence that names it by its noun with its cause, and leaves the
// act the clause explains to its own sentence.
func TestNominalCause(t *testing.T) {
	e := engineOf(t, nominalPump)
	ans, err := e.Answer(context.Background(), knowledge.Question{Text: "why did the pump fail"})
	if err != nil || !ans.Found || !strings.Contains(ans.Text, "cracked bearing") {
		t.Errorf("why did the pump fail: want the bearing, got %v\n%s", err, ans.Text)
	}
	ans, err = e.Answer(context.Background(), knowledge.Question{Text: "why did the water park close"})
	if err != nil || !ans.Found || !strings.Contains(ans.Text, "after its main pump failed") || strings.Contains(ans.Text, "bearing") {
		t.Errorf("why did the water park close: want its own after-clause, got %v\n%s", err, ans.Text)
	}
}
