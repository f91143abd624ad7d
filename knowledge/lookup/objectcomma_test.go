package lookup

import (
	"context"
	"strings"
	"testing"

	"storybot/knowledge"
)

// objectCommaRoaster is a short article written for this test, in no
// question set: the asked verb ends a relative clause and a comma follows
// it, so no object stands after it.
const objectCommaRoaster = `Brevard Coffee sales fall short

SEATTLE (AP) — Brevard Coffee Co. said Monday its first-quarter sales fell as shoppers bought cheaper brands.

The company sold $310 million of coffee, less than the $330 million investors had expected, according to FactSet.

"We raised prices too fast," Chief Executive Lena Moss, 50, said.
`

// TestObjectAfterComma tells the object of "expect" by its sentence and
// never opens the reply with the words after the comma that ends the
// verb's clause.
func TestObjectAfterComma(t *testing.T) {
	e := engineOf(t, objectCommaRoaster)
	for _, q := range []string{"what did investors expect", "what were investors expecting"} {
		a, err := e.Answer(context.Background(), knowledge.Question{Text: q})
		if err != nil {
			t.Fatal(err)
		}
		if !a.Found || strings.HasPrefix(strings.ToLower(a.Text), "according") || !strings.Contains(a.Text, "$330 million") {
			t.Errorf("%q: want the sentence holding $330 million, not an object cut after the comma; got %q", q, a.Text)
		}
	}
}
