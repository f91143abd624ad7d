package lookup

import "testing"

// quarryFlood is a short article written for this test, in no question
// set: a death count told by the verb "died" itself, with no causing
// verb anywhere, beside a count of things.
const quarryFlood = `Flood swamps quarry pit

DALTON, Ga. (AP) — A flash flood swamped a quarry pit near Dalton on Friday, and two workers died, officials said.

The water covered 40 trucks parked in the pit.
`

// TestVerbFocusDropped checks that "how many died" counts the doers of
// the verb the article writes, not a noun "died" it never writes.
func TestVerbFocusDropped(t *testing.T) {
	e := engineOf(t, quarryFlood)
	if e.noLex {
		t.Skip("needs WordNet")
	}
	checkOpenings(t, e, []openingCase{
		{q: "how many died", first: "Two workers"},
		{q: "how many died in the flood", first: "Two workers"},
	})
}
