package lookup

import "testing"

// groundedFerry is a short article written for this test, in no question set.
const groundedFerry = `Ferry runs aground near Port Alder

PORT ALDER, Wash. (AP) — A passenger ferry ran aground in fog Tuesday near Port Alder, the state ferry service said.

A deckhand noticed the water coming in first. Nadia Fenwright, 24, said she ran to the bridge to warn the crew.

The captain, a 58-year-old man, steered the ferry onto a sandbar. The ferry service identified the captain as Owen Castellan.

A ferry spokesman said no one was hurt.
`

// A body sentence that opens with a description of someone unnamed is
// tied to the person the next sentence introduces, or identifies as the
// description's holder, so who-questions give the name.
func TestDelayedBodyNamesDescription(t *testing.T) {
	e := engineOf(t, groundedFerry)
	checkOpenings(t, e, []openingCase{
		{q: "who noticed the water", first: "Nadia Fenwright"},
		{q: "who was the captain", first: "Owen Castellan"},
	})
}
