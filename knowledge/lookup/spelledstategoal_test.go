package lookup

import "testing"

// vanSlide is a short article written for these tests, in no question
// set: a movement from a town whose state is spelled out, as AP style
// writes states in the body of a story, to a goal a named town locates.
const vanSlide = `Church van slides off road

DARBY, Colo. (AP) — A church van slid into a snowbank Sunday, injuring two people.

The van was traveling from Provo, Utah, to a youth retreat in Aspen when it lost traction.
`

// TestGoalAfterSpelledOutState checks that the goal after a source whose
// state is spelled out ("from Provo, Utah, to …") answers where the
// movement was going, and the source where it came from.
func TestGoalAfterSpelledOutState(t *testing.T) {
	if testLexicon(t) == nil {
		t.Skip("needs WordNet")
	}
	e := engineOf(t, vanSlide)
	checkOpenings(t, e, []openingCase{
		{"where was the van headed", "A youth retreat in Aspen.", nil, nil},
		{"where was the van going", "A youth retreat in Aspen.", nil, nil},
		{"where did the van come from", "Provo", nil, nil},
	})
}
