package lookup

import "testing"

// dockReport is a short article written for these tests, in no question
// set: a change told goal first and a figure set beside the one it is
// compared with.
const dockReport = `Harbor ferry raises fare

LUNDY BAY, Maine (AP) — The harbor ferry raised its adult fare to $9 from $7 in March, the port authority said Monday.

Waits at the dock averaged 40 minutes in July, compared with 25 minutes a year earlier.
`

func TestEarlierAdverbAsksTheSource(t *testing.T) {
	checkOpenings(t, engineOf(t, dockReport), []openingCase{
		// an adverb of earlier time asks the change's source
		{q: "what did the fare cost before", first: "$7."},
		{q: "how long were dock waits previously", first: "25 minutes"},
		// without it, the new figure
		{q: "how much is the adult fare now", first: "$9."},
	})
}
