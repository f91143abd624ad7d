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
