package lookup

import (
	"strings"
	"testing"

	"storybot/knowledge"
)

// permitVote is a short article written for these tests, in no question
// set: one count given as a list of counts of one noun, another alone.
const permitVote = `Council splits on liquor permits

ORVALE, Kan. (AP) — The Orvale City Council on Monday approved three permits for bars and one permit for a brewery.

Members denied two permits after neighbors complained about noise, Mayor Ruth Ebbing said.
`

func TestMoreOfTwoAlternatives(t *testing.T) {
	e := engineOf(t, permitVote)
	checkOpenings(t, e, []openingCase{
		// the list counts four permits against the two denied
		{"more permits approved or denied?", "More permits approved (four) than denied (two).", nil, nil},
		{"were fewer permits approved or denied", "Fewer permits denied (two) than approved (four).", nil, nil},
	})
	// an alternative the article never counts gives no verdict
	a := ask(t, e, knowledge.Question{Text: "more permits approved or appealed?"})
	if strings.Contains(a.Text, "than") {
		t.Errorf("a verdict without a count of appeals:\n%s", a.Text)
	}
}
