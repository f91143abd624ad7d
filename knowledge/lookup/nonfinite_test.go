package lookup

import "testing"

// plantCutsArticle is a short story of a job cut written for these tests:
// its denials run through a modal and a non-finite "be"/"been", or have a
// negative pronoun for subject.
const plantCutsArticle = `Corliss Paper to cut 90 jobs

TEAGUE, Maine (AP) — Corliss Paper will cut 90 jobs at its Teague mill, the company said Wednesday.

The company also runs a plant in Bangor, which chief executive Ivo Brandt said would not be affected.

The warehouse in Orono has not been sold, Brandt said.

A fire at the mill in June injured two workers. Police said no one would face charges over the fire.

Brandt said the mill would be modernized next year.
`

// TestDenialThroughNonFiniteAuxiliaries: a negation before "be" or
// "been" after a modal or perfect denies the verb; a negative pronoun
// subject denies its predicate; an affirmative passive stays Yes.
func TestDenialThroughNonFiniteAuxiliaries(t *testing.T) {
	e := engineOf(t, plantCutsArticle)
	checkOpenings(t, e, []openingCase{
		{q: "is the bangor plant affected", first: "No"},
		{q: "has the orono warehouse been sold", first: "No"},
		{q: "will anyone be charged over the fire", first: "No"},
		{q: "were workers injured in the fire", first: "Yes"},
	})
}
