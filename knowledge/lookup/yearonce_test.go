package lookup

import (
	"strings"
	"testing"

	"storybot/knowledge"
)

// A time phrase that already is its date is not followed by the date
// again ("In 1931.", not "In 1931 (1931)."); the article written for this
// test is in no question set.
func TestYearNotRepeated(t *testing.T) {
	e := engineOf(t, "Old mill closes\n\nLOWELL, Mass. (AP) — The Riverside textile mill, which the Abbott family opened in 1931, will close next month, its owners said Monday.\n")
	a := ask(t, e, knowledge.Question{Text: "when did the mill open"})
	if !strings.HasPrefix(a.Text, "In 1931.") {
		t.Errorf("got %s", a.Text)
	}
}
