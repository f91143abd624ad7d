package lookup

import (
	"strings"
	"testing"
)

// TestExplain checks that Explain shows the reading of a question: its
// type, its entity, its terms (one the article never uses), and the
// sentence that answers it ranked first.
func TestExplain(t *testing.T) {
	e := New(mustDefault(t), testLexicon(t))
	got := e.Explain("when did flynn resign from his glorp?", nil)
	for _, want := range []string{"type: time", "entity: Michael Flynn (person)", "term: resign", "term: glorp", "not in the article", "candidate ¶8"} {
		if !strings.Contains(got, want) {
			t.Errorf("Explain lacks %q:\n%s", want, got)
		}
	}
	if e.Explain("", nil) != "" {
		t.Errorf("an empty question explains something")
	}
}
