package lookup

import (
	"strings"
	"testing"

	"storybot/knowledge"
)

// ferryRules is a short article written for this test, in no question
// set: an obligation told by "require", and an act nobody was made to do.
const ferryRules = `Ferry operator adds life jackets

BAYPORT, Wash. (AP) — A new state rule requires the Bayport ferry line to carry a life jacket for every passenger, the operator said Tuesday.

The line also repainted its two boats this spring.
`

// TestCompulsionVerb checks that a verb of compulsion the article never
// writes is held by the one it does ("forced" by "requires"), and that no
// other verb is read so.
func TestCompulsionVerb(t *testing.T) {
	e := engineOf(t, ferryRules)
	checkOpenings(t, e, []openingCase{
		{q: "is the ferry line forced to carry life jackets", first: "Yes", want: []string{"requires"}},
		{q: "r they compelled to carry life jackets?", first: "Yes", want: []string{"requires"}},
	})
	if got := e.compulsionKnown("forced"); len(got) != 1 || got[0] != stemOf("requires") {
		t.Errorf("compulsionKnown(forced) = %v, want the stem of requires", got)
	}
	if got := e.compulsionKnown("repainted"); got != nil {
		t.Errorf("compulsionKnown(repainted) = %v, want nothing: no verb of compulsion", got)
	}
	a := ask(t, e, knowledge.Question{Text: "was the line forced to repaint its boats"})
	if strings.HasPrefix(a.Text, "Yes") {
		t.Errorf("nothing made the line repaint, but the answer opens %q", a.Text)
	}
}
