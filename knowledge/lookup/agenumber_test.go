package lookup

import (
	"strings"
	"testing"

	"storybot/knowledge"
)

// An unnamed person's age is answered as a number, as a named person's
// is ("62.", not "62-year-old."); the article written for this test is in
// no question set.
func TestUnnamedAgeIsANumber(t *testing.T) {
	e := engineOf(t, "Clerk hurt in holdup\n\nTOLEDO, Ohio (AP) — A man robbed a gas station on Front Street on Sunday, police said.\n\nOne clerk, a 58-year-old woman, was hurt.\n")
	a := ask(t, e, knowledge.Question{Text: "how old was the clerk"})
	if !strings.HasPrefix(a.Text, "58.") {
		t.Errorf("got %s", a.Text)
	}
}
