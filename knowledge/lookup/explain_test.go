package lookup

import (
	"strings"
	"testing"
)

// TestExplain checks that Explain shows the reading of a question: its
// type, its entity, its terms (one the article never uses), and the
// sentence that answers it ranked first, with the verdict on each of its
// numbers for a question of a figure; and which stage decided, for an
// answer and for a refusal.
func TestExplain(t *testing.T) {
	e := New(mustDefault(t), testLexicon(t))
	got := e.Explain("when did flynn resign from his glorp?", nil)
	for _, want := range []string{"type: time", "entity: Michael Flynn (person)", "term: resign", "term: glorp", "not in the article", "candidate ¶8"} {
		if !strings.Contains(got, want) {
			t.Errorf("Explain lacks %q:\n%s", want, got)
		}
	}
	for q, want := range map[string]string{
		"when did sessions meet kislyak?": "decided by: type handler (answered)",
		"what did the zoo's giraffe eat?": "decided by: no stage (refused)",
	} {
		if got := e.Explain(q, nil); !strings.Contains(got, want) {
			t.Errorf("Explain(%q) lacks %q:\n%s", q, want, got)
		}
	}
	// A question of a figure shows how each number of a candidate fares.
	fire := engineOf(t, paintBoothFire)
	got = fire.Explain("how many people were evacuated", nil)
	for _, want := range []string{`number "200": `, `number "three": `} {
		if !strings.Contains(got, want) {
			t.Errorf("Explain lacks %q:\n%s", want, got)
		}
	}
	if e.Explain("", nil) != "" {
		t.Errorf("an empty question explains something")
	}
}
