package lookup

import "testing"

// bridgeGrants is a short article written for these tests, in no question
// set: a cost met by two coordinated sums, each with its own "in"
// phrase whose premodifier tells it apart.
const bridgeGrants = `Town wins money to replace aging bridge

KEENE, N.H. (AP) — The town of Keene will replace its Ash Street bridge with $8 million in federal grants and $3 million in state grants, officials said Monday, leaving about $500,000 for local taxpayers.

The 1931 bridge carries about 6,000 vehicles a day. Work is expected to start in April.
`

// TestCoordinatedSumInPhrase checks that a question naming one sum's
// premodifier ("federal", "state") gets that sum, not the one beside it.
func TestCoordinatedSumInPhrase(t *testing.T) {
	e := engineOf(t, bridgeGrants)
	if e.noLex {
		t.Skip("needs WordNet")
	}
	checkOpenings(t, e, []openingCase{
		{"how much were the federal grants", "$8 million", nil, nil},
		{"how big were the federal grants", "$8 million", nil, nil},
		{"how much did the federal grants total", "$8 million", nil, nil},
		{"how big were the state grants", "$3 million", nil, nil},
	})
}
