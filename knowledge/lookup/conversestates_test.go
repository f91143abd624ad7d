package lookup

import "testing"

// paperTickets is a short article written for this test, in no question
// set: an act told by its opposite ("stopped selling"), whose opposite's
// time must not answer the asked act's, beside acts told by their own
// verbs.
const paperTickets = `Island ferry ends paper tickets

PORTVILLE, Maine (AP) — The Casco Island ferry stopped selling paper tickets in 2019 and now takes only cards, its operator said Monday.

The ferry began carrying cars in 1988. A new dock opened in May.
`

// TestConverseAntonymRefuses checks that a sentence holding the
// opposite of the asked verb, by the WordNet link from the opposite's
// side ("stop" lists "start"), does not date the asked act, while the
// opposite asked directly and acts told by their own verb still answer.
func TestConverseAntonymRefuses(t *testing.T) {
	e := engineOf(t, paperTickets)
	checkWantOrRefused(t, e, []wantCase{
		{"when did the ferry start selling paper tickets", ""},
		{"when did the ferry stop selling paper tickets", "2019"},
		{"when did the ferry begin carrying cars", "1988"},
		{"when did the new dock open", "May"},
	})
}
