package lookup

import (
	"strings"
	"testing"

	"storybot/knowledge"
)

// A time that already names its year is not followed by the year again.
func TestYearNotRepeated(t *testing.T) {
	e := engineOf(t, "Union files complaint\n\nDAYTON, Ohio (AP) — Teachers have complained about the building since 2019, union president Tom Reed said.\n")
	a := ask(t, e, knowledge.Question{Text: "when did teachers start complaining"})
	if !strings.HasPrefix(a.Text, "Since 2019.") {
		t.Errorf("got %s", a.Text)
	}
}
