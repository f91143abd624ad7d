package lookup

import "testing"

// brightwaterMills is a short article written for this test, in no
// question set: what a company makes told only in a relative clause
// after its name, and what thieves took.
const brightwaterMills = `Mill posts loss, cuts jobs

MINNEAPOLIS (AP) — Brightwater Foods said Tuesday that its quarterly loss widened as bakeries bought less of its flour and switched to cheaper brands.

Brightwater, which makes oat flour and pancake mix, employs about 900 people in three states.

Burglars broke into its Duluth office in May and took two laptops, police said.
`

// The asked light verb in its own inflection names the asked act ("makes"
// of "make"), and a relative pronoun after a comma is its subject, not a
// determiner: "what does Brightwater make" is answered by the object of
// "which makes" after the name.
func TestLightVerbObjectAsked(t *testing.T) {
	e := engineOf(t, brightwaterMills)
	checkAnswers(t, e, []answerCase{
		{"what does brightwater make", []string{"Oat flour and pancake mix."}, nil},
		{"what did the burglars take", []string{"two laptops"}, nil},
	})
}
