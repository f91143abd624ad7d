package lookup

import "testing"

// porchCollapse is a short article written for this test, in no question
// set: a named official with her age, and an unnamed person introduced
// by noun, with the indefinite article and an age as its premodifier.
const porchCollapse = `Porch collapse injures 6 at graduation party

AKRON, Ohio (AP) — A second-floor porch collapsed during a graduation party Saturday night, injuring six people, Fire Chief Maria Soto said.

Soto, 51, said a 34-year-old woman was taken to a hospital in serious condition. The other five were treated at the scene.

The house was built in 1922, and city records show no inspection since 2009.
`

func TestIndefiniteFirstMentionIsTheOneAsked(t *testing.T) {
	checkOpenings(t, engineOf(t, porchCollapse), []openingCase{
		// "the woman" takes up the article's "a 34-year-old woman", not the chief
		{"how old was the woman", "34", nil, []string{"51."}},
		{"how old is the woman who went to the hospital", "34", nil, nil},
		// the chief's own age is still hers
		{"how old is soto", "Maria Soto is 51", nil, nil},
	})
}
