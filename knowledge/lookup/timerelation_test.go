package lookup

import (
	"strings"
	"testing"

	"storybot/knowledge"
)

// donorMeeting is a short article written for this test, in no question set.
const donorMeeting = `Mayor met donor during bid review

AUSTIN, Texas (AP) — Mayor Lena Cruz met with developer Tom Hale during the city's review of his bid, records show.
`

// "Did she meet him before the review" is not answered yes by "met with
// him during the review": the relations exclude each other.
func TestOtherTimeRelationIsNoYes(t *testing.T) {
	e := engineOf(t, donorMeeting)
	a := ask(t, e, knowledge.Question{Text: "did cruz meet hale before the review?"})
	if strings.HasPrefix(a.Text, "Yes") {
		t.Errorf("during is not before: %s", a.Text)
	}
	a = ask(t, e, knowledge.Question{Text: "did cruz meet hale during the review?"})
	if !strings.HasPrefix(a.Text, "Yes") {
		t.Errorf("want yes, got %s", a.Text)
	}
}
