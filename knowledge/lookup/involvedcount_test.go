package lookup

import "testing"

// involvedFerryFog is a short article written for these tests, in no question
// set: the figures it counts, none with "involved".
const involvedFerryFog = `Two ferries collide in harbor fog

PORT ELLIS, Maine (AP) — Two ferries collided in thick fog on Monday morning, and three passengers were taken to a hospital with minor injuries.

Eleven firefighters and four boats from the harbor patrol answered the call.
`

// TestInvolvedInCount checks that "how many X are involved" counts what
// "how many X" counts when the article never writes "involved", and that a
// counted thing the article never names is still refused.
func TestInvolvedInCount(t *testing.T) {
	if testLexicon(t) == nil {
		t.Skip("needs WordNet")
	}
	e := engineOf(t, involvedFerryFog)
	checkOpenings(t, e, []openingCase{
		{"how many ferries were involved", "Two", nil, nil},
		{"how many firefighters were involved in the response", "Eleven", nil, nil},
	})
	checkWantOrRefused(t, e, []wantCase{
		{"how many trucks were involved", ""},
	})
}
