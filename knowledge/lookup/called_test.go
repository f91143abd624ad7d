package lookup

import (
	"context"
	"strings"
	"testing"

	"storybot/knowledge"
)

// deckhands is a short article written for this test, in no question set: a
// union and a festival spoken of by a common noun in one sentence and
// named in another.
const deckhands = `Ferry crews vote to strike before summer season

BAYPORT, Wash. (AP) — Deckhands on the Bayport deckhands voted Sunday to strike next month. The deckhands' union said talks had stalled.

"We have waited two years for a raise," said Ana Ruiz, a deckhand and treasurer of the Puget Marine Deckhands Guild.

The strike would fall during the Bayport Harbor Festival, which draws about 40,000 visitors. Organizers said the festival would go ahead.
`

// TestCalledName answers "what is the X called" with the one name the
// article gives a thing of that description, and refuses when none fits.
func TestCalledName(t *testing.T) {
	e := engineOf(t, deckhands)
	tests := []struct{ q, want string }{
		{"whats the deckhands union called", "Puget Marine Deckhands Guild"},
		{"what's the festival called?", "Bayport Harbor Festival"},
		{"what is the pilots union called", ""},
	}
	for _, tt := range tests {
		ans, err := e.Answer(context.Background(), knowledge.Question{Text: tt.q})
		if err != nil {
			t.Fatalf("%q: %v", tt.q, err)
		}
		if tt.want == "" {
			if ans.Found && strings.Contains(ans.Text, "Guild") {
				t.Errorf("%q: want no name, got:\n%s", tt.q, ans.Text)
			}
			continue
		}
		if !ans.Found || !strings.HasPrefix(ans.Text, tt.want) {
			t.Errorf("%q: answer does not open with %q:\n%s", tt.q, tt.want, ans.Text)
		}
	}
}
