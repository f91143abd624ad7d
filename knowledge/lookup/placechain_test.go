package lookup

import "testing"

// cache is a short article written for these tests, in no question set:
// a place named after a chain of common-noun places.
const cache = `Stolen paintings recovered

DORSET, Vt. (AP) — Police recovered three stolen paintings on Sunday.

Officers found the paintings in a locked shed behind a barn in Rupert.
`

// TestPlaceChain checks that a named place extends back over every
// common-noun place chained to it, not only the nearest.
func TestPlaceChain(t *testing.T) {
	if testLexicon(t) == nil {
		t.Skip("needs WordNet")
	}
	e := engineOf(t, cache)
	checkOpenings(t, e, []openingCase{
		{"where were the paintings found", "In a locked shed behind a barn in Rupert.", nil, nil},
	})
}
