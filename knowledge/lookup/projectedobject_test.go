package lookup

import (
	"strings"
	"testing"

	"storybot/knowledge"
)

// harborLevy is a short article written for these tests, in no question
// set: acts named only as what someone threatened or sought, and one
// that happened.
const harborLevy = `Harbor tax heads to governor

AUGUSTA, Maine (AP) — Gov. Alma Reyes, who had threatened a veto, said Thursday she would sign the harbor tax bill.

Fishermen sought a delay of the tax. The Senate held a recount of Tuesday's vote.
`

// TestProjectedObject checks that an act named only as the object of a
// verb of threatening or seeking gets no verdict, while an act done does.
func TestProjectedObject(t *testing.T) {
	e := engineOf(t, harborLevy)
	for _, q := range []string{"is reyes gonna veto it", "was there a delay of the tax"} {
		a := ask(t, e, knowledge.Question{Text: q})
		if strings.HasPrefix(a.Text, "Yes") {
			t.Errorf("%q: an act only threatened or sought answered yes:\n%s", q, a.Text)
		}
	}
	checkOpenings(t, e, []openingCase{
		{"did the senate hold a recount", "Yes", []string{"held a recount"}, nil},
		{"did reyes threaten a veto", "Yes", []string{"threatened a veto"}, nil},
	})
}
