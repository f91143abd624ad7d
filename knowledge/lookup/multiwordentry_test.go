package lookup

import "testing"

// TestMultiwordEntry: "on board" is WordNet's two-word entry for the
// article's "aboard" (one synset; the prefix a- is the old "on"), so
// "how many were on board" meets the sentence that counts those aboard,
// not the lead's count of those who fell ill.
func TestMultiwordEntry(t *testing.T) {
	e := engineOf(t, `Stomach bug sickens ferry riders

SEATTLE (AP) — About 60 passengers on an overnight ferry to Alaska fell ill with a stomach virus, state health officials said Monday.

The ferry Kennicott left Bellingham on Friday with 312 passengers and 48 crew members aboard for the four-day trip to Whittier.

Most of the sick passengers recovered within a day, officials said.
`)
	checkOpenings(t, e, []openingCase{
		{q: "how many passengers were on board", first: "312 passengers"},
	})
}
