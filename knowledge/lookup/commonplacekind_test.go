package lookup

import "testing"

// runoff is a short article written for these tests, in no question set:
// things placed at a body of water and a geological formation, after prepositions
// of position and passage, with no place named in those sentences.
const runoff = `Runoff fouls creek

MILLBROOK, N.Y. (AP) — Runoff from a farm fouled a creek last week, officials said.

Most of the manure pooled in a shallow cove, inspectors said.

The water then flowed through a narrow ravine.

Crews spread lime beside the stream on Friday.
`

// TestCommonPlaceKinds checks that a common-noun place headed by a body of
// water or a geological formation, after "in", "through" or "beside", answers "where".
func TestCommonPlaceKinds(t *testing.T) {
	if testLexicon(t) == nil {
		t.Skip("needs WordNet")
	}
	e := engineOf(t, runoff)
	checkOpenings(t, e, []openingCase{
		{"where did the manure pool", "In a shallow cove.", nil, nil},
		{"where did the water flow", "Through a narrow ravine.", nil, nil},
		{"where did crews spread lime", "Beside the stream.", nil, []string{"On Friday"}},
	})
}
