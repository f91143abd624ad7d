package lookup

import (
	"strings"
	"testing"
)

// A verb told only inside another's quotation has its doer there, not
// the speaker outside the marks; a quotation's own first person is the
// speaker. The article is written for this test and is in no question
// set.
func TestQuotedActIsNotTheSpeakers(t *testing.T) {
	e := engineOf(t, "Council backs housing plan\n\nBOISE, Idaho - The City Council approved a housing plan on Monday.\n\n"+
		"Mayor Ann Cole called the plan \"a gift to every family that rents a home.\"\n\n"+
		"\"I drafted it myself,\" council member Tom Reyes said.\n")
	if a := answerOf(t, e, "who rents a home"); strings.HasPrefix(a.Text, "Ann Cole") {
		t.Errorf("the mayor quoted does not rent the home:\n%s", a.Text)
	}
	checkOpenings(t, e, []openingCase{
		{q: "who drafted the plan", first: "Tom Reyes"},
	})
}
