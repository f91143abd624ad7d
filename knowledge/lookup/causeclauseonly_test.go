package lookup

import (
	"context"
	"strings"
	"testing"

	"storybot/knowledge"
)

// festivalFlood is a short article written for these tests, in no
// question set: a flood told only as the cause of a cancellation, and a
// storm told with its cause in a neighbour sentence.
const festivalFlood = `Rain cancels county fair events

WAVERLY, Iowa (AP) — Storms cut short the Bremer County Fair this weekend, organizers said Monday.

Fair officials canceled the tractor pull on Saturday after the parking lot flooded.

The fair board closed the midway on Sunday. High winds had torn the roof off the livestock barn.
`

// TestCauseClauseOnly refuses why of an act told only inside a clause of
// cause, and still answers why of the act that clause explains and of
// an act whose neighbour gives its cause.
func TestCauseClauseOnly(t *testing.T) {
	e := engineOf(t, festivalFlood)
	ans, err := e.Answer(context.Background(), knowledge.Question{Text: "why did the parking lot flood"})
	if err != nil || ans.Found {
		t.Errorf("why did the parking lot flood: the article gives no cause of it, got %v\n%s", err, ans.Text)
	}
	for _, tt := range []struct{ q, want string }{
		{"why did officials cancel the tractor pull", "parking lot flooded"},
		{"why did the fair board close the midway", "High winds"},
	} {
		ans, err := e.Answer(context.Background(), knowledge.Question{Text: tt.q})
		if err != nil || !ans.Found || !strings.Contains(ans.Text, tt.want) {
			t.Errorf("%q: want %q, got %v\n%s", tt.q, tt.want, err, ans.Text)
		}
	}
}
