package lookup

import (
	"strings"
	"testing"

	"storybot/knowledge"
)

// schoolLevy is a short article written for these tests, in no question
// set: one event dated by a weekday, another only by a month.
const schoolLevy = `Hollis school board sets levy vote

HOLLIS, N.H. (AP) — The Hollis school board voted Tuesday to put a $4 million levy before voters.

A public hearing on the levy will be held next month, board chair Nora Quint said.
`

// TestDateAskedNeedsADay checks that "what date" is answered only by a
// time that names a day, and otherwise says what the article gives.
func TestDateAskedNeedsADay(t *testing.T) {
	e := engineOf(t, schoolLevy)
	checkOpenings(t, e, []openingCase{{q: "what day did the board vote", first: "Tuesday"}})
	a := ask(t, e, knowledge.Question{Text: "what date is the public hearing"})
	if a.Found || !strings.Contains(a.Text, `it says only "next month"`) {
		t.Errorf("no date is given, only a month; got found=%v:\n%s", a.Found, a.Text)
	}
}
