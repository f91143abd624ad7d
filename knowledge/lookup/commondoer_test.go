package lookup

import (
	"strings"
	"testing"

	"storybot/knowledge"
)

// moldSchools is a short article written for this test, in no question
// set: the doers are named only by kind, and the source of the report is
// named beside them.
const moldSchools = `Two schools close after mold found

FAIRVIEW, Ohio (AP) — The Fairview City School District will close two elementary schools for at least a month after inspectors found mold in classrooms, Superintendent Ana Ruiz said Monday.

A janitor reported a musty smell in October, Ruiz said. Board member Gail Fisher said the board acted quickly.
`

// A doer named only by kind ("inspectors found mold") is the answer to who
// did it, not the source named in the attribution ("…, Ana Ruiz said").
func TestUnnamedDoerIsNoSource(t *testing.T) {
	e := engineOf(t, moldSchools)
	checkOpenings(t, e, []openingCase{
		{q: "who found the mold", first: "Inspectors"},
		{q: "who reported the musty smell", first: "A janitor"},
	})
}

// When the article names one of the kind later ("the inspector who spotted
// it"), the name answers.
func TestUnnamedDoerNamedLater(t *testing.T) {
	e := engineOf(t, moldSchools+"\nDana Holt, 41, the inspector who found the mold, said it was behind the lockers.\n")
	a := ask(t, e, knowledge.Question{Text: "who found the mold"})
	if !strings.HasPrefix(a.Text, "Dana Holt") {
		t.Errorf("want the named inspector, got %s", a.Text)
	}
}
