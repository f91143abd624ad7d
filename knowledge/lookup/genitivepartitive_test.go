package lookup

import (
	"context"
	"strings"
	"testing"

	"storybot/knowledge"
)

// canalBarges is a short article written for this test, in no question
// set: partitives whose whole is determined by a genitive with its own
// determiner and premodifier ("a towing company's").
const canalBarges = `Barges break loose on Ottaway Canal

LOCKPORT, Ill. (AP) — Nine of a towing company's 40 barges broke loose on the Ottaway Canal on Monday, and three of a small marina's 25 boats sank, officials said.

The Coast Guard closed the canal for six hours.
`

func TestGenitivePartitive(t *testing.T) {
	e := engineOf(t, canalBarges)
	// the part counts the act; the whole is only the set it is taken
	// from, so the answer opens with the part
	for q, want := range map[string]string{
		"how many barges broke loose":         "Nine of a towing company's 40 barges.",
		"how many boats sank":                 "Three of a small marina's 25 boats.",
		"how many hours was the canal closed": "Six hours.",
	} {
		a, err := e.Answer(context.Background(), knowledge.Question{Text: q})
		if err != nil {
			t.Fatalf("%q: %v", q, err)
		}
		if !a.Found || !strings.HasPrefix(a.Text, want) {
			t.Errorf("%q: answer does not open with %q:\n%s", q, want, a.Text)
		}
	}
}
