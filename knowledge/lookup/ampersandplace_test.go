package lookup

import (
	"strings"
	"testing"

	"storybot/knowledge"
)

// A place named by a company's formal name is answered whole, past its
// ampersand; the article written for this test is in no question set.
func TestPlaceNamePastAmpersand(t *testing.T) {
	e := engineOf(t, "Bakery robbed\n\nAKRON, Ohio (AP) — A man robbed a cashier at Hale & Daughters Bakery on Monday, police said.\n")
	a := ask(t, e, knowledge.Question{Text: "where was the cashier robbed"})
	if !strings.HasPrefix(a.Text, "At Hale & Daughters Bakery") {
		t.Errorf("got %s", a.Text)
	}
}
