package lookup

import (
	"strings"
	"testing"

	"storybot/knowledge"
)

// officeChanges is a short article written for this test, in no question
// set: titles given in the sentence that says they ended, a departure
// still to come, one from another body than the title, and one denied.
const officeChanges = `Oakdale fire chief quits after audit

OAKDALE, Ore. (AP) — Oakdale's fire chief, Mark Tully, resigned Monday after an audit found thousands of dollars in overtime errors.

Parks Director Tom Reyes was fired last week. Water Director Ellen Marsh will step down in June, the city said.

Police Chief Dana Whitfield, who chairs the county's safety council, resigned from the council on Friday. Library Director Ann Cole has not resigned, the board said.
`

// A title the sentence gives beside a past verb of leaving office is no
// longer held; a departure to come, one from another post, and one
// denied leave it held.
func TestRoleLeft(t *testing.T) {
	e := engineOf(t, officeChanges)
	for _, tt := range []struct{ q, first string }{
		{"is tully still the fire chief", "No — Mark Tully resigned"},
		{"is reyes still parks director", "No — Tom Reyes was fired"},
		{"is marsh still the water director", "Yes"},
		{"is whitfield still the police chief", "Yes"},
		{"is cole still library director", "Yes"},
		// "who is" tells the title as held until then
		{"who is tully", "Mark Tully was Oakdale's fire chief and resigned."},
		{"who is marsh", "Ellen Marsh is the Water Director."},
	} {
		a := ask(t, e, knowledge.Question{Text: tt.q})
		if !strings.HasPrefix(a.Text, tt.first) {
			t.Errorf("%q: want it to open with %q, got:\n%s", tt.q, tt.first, a.Text)
		}
	}
}
