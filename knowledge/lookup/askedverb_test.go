package lookup

import (
	"strings"
	"testing"

	"storybot/knowledge"
)

// TestAskedReportingVerb checks that "what did X add" is a quotation
// question answered with the words X added, that "what did X tell
// reporters" puts X's words to reporters first, reported speech included,
// and that "what did the team add to its roster" is not read as speech.
func TestAskedReportingVerb(t *testing.T) {
	e := engineOf(t, `Harbor town votes to raise mooring fees

BELFAST, Maine (AP) — The Belfast harbor committee voted 5-2 on Monday to raise mooring fees by 40% next year.

Committee chair Louise Tarrant told reporters after the vote that the harbor had lost money for three straight years. "We are not a charity for yacht owners," Tarrant said.

"Every dollar goes back into the docks," Tarrant added.

The Belfast Bears, the town's semipro baseball team, added two pitchers to its roster last week.
`)
	a := ask(t, e, knowledge.Question{Text: "what did tarrant add"})
	if !a.Found || !strings.Contains(a.Text, "Every dollar goes back") {
		t.Errorf("should give what she added:\n%s", a.Text)
	}
	a = ask(t, e, knowledge.Question{Text: "what did tarrant tell reporters"})
	if !a.Found || !strings.HasPrefix(strings.TrimPrefix(a.Text, "Louise Tarrant said: "), "Committee chair Louise Tarrant told reporters") {
		t.Errorf("should give first what she told reporters:\n%s", a.Text)
	}
	a = ask(t, e, knowledge.Question{Text: "what did the bears add to their roster"})
	if !a.Found || !strings.Contains(a.Text, "two pitchers") {
		t.Errorf("should give the pitchers, not speech:\n%s", a.Text)
	}
}
