package lookup

import "testing"

// injuredDeckhand is a short article written for this test, in no question
// set: its lead tells who was hurt by role only, and a later sentence
// names them by the AP's delayed identification ("The deckhand,
// identified as …").
const injuredDeckhand = `Deckhand injured as ferry strikes dock

BAYPORT, Wash. (AP) — A ferry deckhand was injured Friday when the boat struck the dock during a storm, the ferry company said.

The deckhand, identified as Marco Lindqvist, 38, was treated at Bayport General Hospital and released, company spokeswoman Ada Reyes said.

No passengers were hurt.
`

// "The deckhand, identified as Marco Lindqvist," calls Lindqvist the
// deckhand, and the lead's "A ferry deckhand was injured" then tells who
// was injured.
func TestDelayedIdentification(t *testing.T) {
	e := engineOf(t, injuredDeckhand)
	checkOpenings(t, e, []openingCase{
		{q: "who is the deckhand", first: "Marco Lindqvist"},
		{q: "who got injured", first: "Marco Lindqvist"},
	})
}

// A role no one is identified with leaves the description as the answer.
func TestDescribedPatientUnnamed(t *testing.T) {
	e := engineOf(t, "Cook burned in diner fire\n\nELMIRA, N.Y. (AP) — A line cook was burned Tuesday when a grease fire broke out at a downtown diner, Fire Chief Nate Ruiz said.\n")
	checkOpenings(t, e, []openingCase{
		{q: "who got burned", first: "A line cook;"},
	})
}
