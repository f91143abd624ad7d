package lookup

import "testing"

// cannerySurvey is a short article written for these tests, in no
// question set: counts of nouns whose plurals change their vowel.
const cannerySurvey = `Cannery rehires workers

ASTORIA, Ore. (AP) — The Pier 9 cannery rehired eight women and six men on Monday after a two-month shutdown.

Inspectors also found 40 geese nesting on the roof.
`

// TestIrregularPlural counts a noun with an irregular plural by the noun
// as the article writes it.
func TestIrregularPlural(t *testing.T) {
	e := engineOf(t, cannerySurvey)
	checkOpenings(t, e, []openingCase{
		{q: "how many men got rehired", first: "Six men"},
		{q: "how many women were rehired", first: "Eight women"},
		{q: "how many geese were on the roof", first: "40 geese"},
	})
}

// troutPoaching is a short article written for this test, in no question
// set: people counted only by "men", kids only by "children", and a
// count of another noun nearby.
const troutPoaching = `Three men fined for netting trout

BOZEMAN, Mont. (AP) — Game wardens fined three men on Friday for netting trout in a closed stretch of the Gallatin River.

Wardens said about 30 children were fishing from the bank when the nets were found. Officers seized four nets.
`

// TestIrregularPluralKind checks that an irregular plural is looked up by
// its singular: "three men" counts people, "30 children" kids, while the
// nets seized stay a count of nets.
func TestIrregularPluralKind(t *testing.T) {
	e := engineOf(t, troutPoaching)
	if e.noLex {
		t.Skip("needs WordNet")
	}
	checkOpenings(t, e, []openingCase{
		{q: "how many ppl got fined", first: "Three men", not: []string{"four"}},
		{q: "how many kids were fishing", first: "About 30 children"},
	})
	if countedSingular("men") != "man" || countedSingular("children") != "child" || countedSingular("people") != "people" || countedSingular("nets") != "net" {
		t.Errorf("countedSingular: men %q, children %q, people %q, nets %q", countedSingular("men"), countedSingular("children"), countedSingular("people"), countedSingular("nets"))
	}
}
