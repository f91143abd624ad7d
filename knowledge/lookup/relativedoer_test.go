package lookup

import "testing"

// clubOwners is a short article written for this test, in no question
// set: an organisation is the antecedent of a subject relative pronoun
// through its appositive, a person is named nearer in another conjunct.
const clubOwners = `Hockey club sold to investors

DULUTH, Minn. (AP) — The Duluth Lakers were sold Monday to a group of investors, the team said.

Its partners include Tom Hart, a local banker, and Bay Holdings, a tribal investment company that will hold a minority stake.

Lena Ortiz, who coached the team for a decade, said the sale was good news. The arena will be repainted this summer.
`

// The relative pronoun's antecedent does the act: the company the
// appositive describes, not the person named nearer.
func TestRelativeDoerIsAntecedent(t *testing.T) {
	e := engineOf(t, clubOwners)
	checkOpenings(t, e, []openingCase{
		{q: "who will hold a minority stake", first: "Bay Holdings."},
		{q: "who coached the team", first: "Lena Ortiz"},
	})
}

// A passive with no relative pronoun and no agent names no doer: the rule
// does not fire and the article is said not to tell.
func TestRelativeDoerNotWithoutPronoun(t *testing.T) {
	e := engineOf(t, clubOwners)
	checkWantOrRefused(t, e, []wantCase{{q: "who will repaint the arena"}})
}
