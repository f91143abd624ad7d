package lookup

import (
	"strings"
	"testing"

	"storybot/knowledge"
)

// kilnGuild is a short article written for these tests, in no question
// set: acts told by verbs of the same sense as a reader's, and acts it
// leaves unsaid.
const kilnGuild = `Potters' guild wins kiln vote

ASHBY, Vt. (AP) — The Ashby Select Board endorses the potters' guild's plan for a shared wood kiln behind the old fire station, Chair Nora Quill said Monday.

Quill has no plans to step down before the town meeting in March, and the guild said it backs her.

The guild kept two older kilns in a barn on Route 9 until last year.
`

// TestSharedVerbSense checks that a verb sharing one of the article
// verb's most frequent senses answers yes, that a multi-word synonym
// denied answers no, and that acts the article does not tell get
// neither.
func TestSharedVerbSense(t *testing.T) {
	e := engineOf(t, kilnGuild)
	if e.noLex {
		t.Skip("needs WordNet")
	}
	checkOpenings(t, e, []openingCase{
		{q: "does the guild support quill", first: "Yes", want: []string{"backs her"}},
		{q: "is quill resigning", first: "No", want: []string{"step down"}},
	})
	for _, q := range []string{"did the guild sell the kilns", "is quill retiring"} {
		if a := ask(t, e, knowledge.Question{Text: q}); strings.HasPrefix(a.Text, "Yes") || strings.HasPrefix(a.Text, "No —") {
			t.Errorf("%q: the article settles nothing, but the answer opens %q", q, a.Text)
		}
	}
}
