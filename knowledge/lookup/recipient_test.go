package lookup

import "testing"

// radarContract is a short article written for these tests, in no
// question set: a contract and a grant told by verbs of giving with the
// recipient after "to", a losing bidder named in a passive sentence
// that names no winner, and a thing given to no one named.
const radarContract = `Air Force picks radar maker

DAYTON, Ohio (AP) — The Air Force has awarded a $410 million contract to Lindell Avionics to build 30 airport radars, officials said Tuesday.

The contract was won over a rival bid from Corran Systems.

The state also granted a $2 million tax credit to Lindell Avionics for a new plant.

Lindell chief executive Rosa Ibarra said hiring would begin in June.
`

// TestRecipientOfAGivingVerb checks that "who got X" is the one named
// after "to" following a verb of giving X, and that a question about a
// thing no one is said to be given stays unanswered.
func TestRecipientOfAGivingVerb(t *testing.T) {
	checkWantOrRefused(t, engineOf(t, radarContract), []wantCase{
		{"who got the contract", "Lindell"},
		{"who won the radar contract", "Lindell"},
		{"who received the tax credit", "Lindell"},
		{"who got the pension", ""},
	})
	checkOpenings(t, engineOf(t, radarContract), []openingCase{
		{"who won the contract", "Lindell Avionics.", nil, []string{"Corran Systems."}},
	})
}
