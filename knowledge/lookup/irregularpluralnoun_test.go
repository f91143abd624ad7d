package lookup

import "testing"

// millbrookFlock is a short article written for this test, in no question
// set: counts of animals, one of them with a plural by change of vowel
// whose singular is also a verb ("goose").
const millbrookFlock = `Inspectors count farm's flock

MILLBROOK, Vt. (AP) — Inspectors counted 40 sheep, 12 geese and 300 hens at the Larkin farm on Tuesday, the state agriculture office said.

Two hens fell ill last week, the office said.
`

// TestIrregularPluralNoun counts the geese as geese, refuses a count of
// mice the article never gives rather than answering with its sheep, and
// still reads an irregular past noun.exc does not list ("fell") as the
// verb "many" is the subject of.
func TestIrregularPluralNoun(t *testing.T) {
	e := engineOf(t, millbrookFlock)
	checkOpenings(t, e, []openingCase{
		{q: "how many geese were counted", first: "12 geese"},
		{q: "how many fell ill", first: "Two hens"},
	})
	checkWantOrRefused(t, e, []wantCase{{q: "how many mice were counted"}})
}
