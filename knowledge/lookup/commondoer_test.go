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

// An unnamed doer keeps the name of the body or place that classifies it
// ("FBI agents", "Ohio troopers"), and a person's name before the noun
// phrase is still no part of it.
func TestUnnamedDoerKeepsNamedPremodifier(t *testing.T) {
	e := engineOf(t, `Commissioner released on bail

TULSA, Okla. (AP) — A county commissioner was released on bail Tuesday, a day after FBI agents arrested him at his home.

Ohio troopers stopped the van on Interstate 71, Sgt. Dana Ruiz said. Ruiz said deputies searched it.
`)
	checkOpenings(t, e, []openingCase{
		{q: "who arrested the commissioner", first: "FBI agents"},
		{q: "who stopped the van", first: "Ohio troopers"},
		{q: "who searched the van", first: "Deputies"},
	})
}
