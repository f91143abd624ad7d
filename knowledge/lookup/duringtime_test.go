package lookup

import (
	"strings"
	"testing"

	"storybot/knowledge"
)

// ferryTalks is a short article written for this test, in no question
// set: the lead describes the minister by her role before the story names
// her (a delayed-identification lead), dates the meeting only by the
// event it fell in, and a later sentence gives the calendar time.
const ferryTalks = `Minister's talks with ferry union draw fire

HALIFAX, Nova Scotia (AP) — The transport minister has been criticised after it emerged that she met with ferry union leaders during the contract talks without telling the legislature.

Transport minister Anne Roy, 52, said she broke no rule. She spoke with the union leaders twice last month, according to records released Tuesday.

Opposition leader Tom Kerr said the meetings should have been disclosed.
`

// A definite description with the words of a person's role refers to
// the person the article names with it, even before the naming (AP
// Stylebook, "lead": a delayed identification).
func TestRoleDescriptionBeforeTheName(t *testing.T) {
	e := engineOf(t, ferryTalks)
	a := ask(t, e, knowledge.Question{Text: "who is anne roy"})
	if !a.Found || !strings.Contains(a.Text, "Transport minister Anne Roy") {
		t.Errorf("the identity cites the sentence that names her: %s", a.Text)
	}
	a = ask(t, e, knowledge.Question{Text: "when did roy meet the union leaders"})
	if !a.Found || !strings.HasPrefix(a.Text, "During the contract talks") {
		t.Errorf("the lead's description is Roy: want the lead's time first, got %s", a.Text)
	}
}

// A "during" time is joined by the calendar time another sentence gives
// the same act.
func TestDuringTimeGetsItsCalendarTime(t *testing.T) {
	e := engineOf(t, ferryTalks)
	a := ask(t, e, knowledge.Question{Text: "when did roy meet the union leaders"})
	if !strings.HasPrefix(a.Text, "During the contract talks, last month.") || len(a.Citations) != 2 {
		t.Errorf("want the event and the month, citing both sentences, got %s (%d citations)", a.Text, len(a.Citations))
	}
}
