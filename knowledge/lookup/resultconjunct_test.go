package lookup

import (
	"context"
	"strings"
	"testing"

	"storybot/knowledge"
)

// resultHours is a short article written for these tests, in no
// question set: a cut in hours told as the result of the sentence before
// it, and a closure whose cause follows "as a result of" in place.
const resultHours = `Town library trims hours

MILLBROOK, Vt. (AP) — The Millbrook Public Library lost two of its three librarians in the fall.

The town could not find anyone to replace them because the job pays $14 an hour. The library cut its Saturday hours as a result.

The reading room closed for a week in March as a result of a burst pipe.
`

// TestResultConjunct answers why from the sentence before a closing "as
// a result", and from the complement of "as a result of" in place.
func TestResultConjunct(t *testing.T) {
	e := engineOf(t, resultHours)
	tests := []struct{ q, want string }{
		{"why did the library cut saturday hours", "could not find anyone"},
		{"why did the reading room close", "burst pipe"},
	}
	for _, tt := range tests {
		ans, err := e.Answer(context.Background(), knowledge.Question{Text: tt.q})
		if err != nil {
			t.Fatalf("%q: %v", tt.q, err)
		}
		if !ans.Found || !strings.Contains(ans.Text, tt.want) {
			t.Errorf("%q: want %q, got:\n%s", tt.q, tt.want, ans.Text)
		}
	}
	ans, _ := e.Answer(context.Background(), knowledge.Question{Text: "why did the reading room close"})
	if strings.Contains(ans.Text, "Saturday") {
		t.Errorf("an in-place \"as a result of\" must not reach back: got\n%s", ans.Text)
	}
}
