package lookup

import "testing"

// mapleMill is a short article written for this test, in no question
// set: a nonrestrictive relative clause that ends its sentence and holds
// a place of its own, about a person, not the mill.
const mapleMill = `Old mill reopens as a museum

WESTFIELD, Vt. (AP) — A 19th-century grist mill reopened Saturday as a museum.

The shop beside the mill is run by Clara Dunn, who grew up in Burlington and moved back in 2010.

The mill's wheel was restored at a workshop in Barre.
`

func TestPlaceInSentenceFinalRelativeClause(t *testing.T) {
	e := engineOf(t, mapleMill)
	checkAnswers(t, e, []answerCase{
		// "who grew up in Burlington" tells of Dunn, not of the mill
		{"where is the mill", nil, []string{"Burlington"}},
		// the clause's own question still reads its place
		{"where did clara dunn grow up", []string{"Burlington"}, nil},
		{"where was the wheel restored", []string{"Barre"}, nil},
	})
}
