package lookup

import "testing"

// millbrookFlock is a short article written for this test, in no question
// set: counts of animals, one of them with a plural by change of vowel
// whose singular is also a verb ("goose").
const millbrookFlock = `Inspectors count farm's flock

MILLBROOK, Vt. (AP) — Inspectors counted 40 sheep, 12 geese and 300 hens at the Larkin farm on Tuesday, the state agriculture office said.

Three dogs guard the barn.
`

// TestIrregularPluralNoun counts the geese as geese, and refuses a count
// of mice the article never gives rather than answering with its sheep.
func TestIrregularPluralNoun(t *testing.T) {
	e := engineOf(t, millbrookFlock)
	checkOpenings(t, e, []openingCase{
		{q: "how many geese were counted", first: "12 geese"},
		{q: "how many mice were counted", first: "The article doesn't say", not: []string{"40 sheep"}},
		{q: "how many went to the farm", not: []string{"12 geese"}}, // an irregular past stays the verb
	})
}
