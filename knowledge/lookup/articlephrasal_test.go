package lookup

import (
	"strings"
	"testing"

	"storybot/knowledge"
)

// kellamStorm is a short article written for these tests, in no question
// set: acts told by a light verb and its particle ("set up", "went
// up"), which WordNet 3.0 lists as verbs of their own, one of them denied.
const kellamStorm = `Kellam opens shelter after ice storm

KELLAM, Vt. (AP) — The town set up a warming shelter at the middle school on Tuesday after an ice storm left 3,000 homes without heat.

The county did not set up a hotline for residents, a spokesman said.
`

// TestArticleVerbs asks by one word for an act the article tells by a
// multi-word verb that means it ("establish": set up), and says nothing
// of an act the article denies.
func TestArticleVerbs(t *testing.T) {
	e := engineOf(t, kellamStorm)
	checkOpenings(t, e, []openingCase{
		{"did the town establish a shelter?", "Yes", []string{"warming shelter"}, nil},
	})
	for _, q := range []string{"did the county establish a hotline?"} {
		if a := ask(t, e, knowledge.Question{Text: q}).Text; strings.HasPrefix(a, "Yes") {
			t.Errorf("%q: the article denies the act, got:\n%s", q, a)
		}
	}
}
