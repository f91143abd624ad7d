package lookup

import "testing"

// museumRoof is a short article written for this test, in no question
// set: one sentence dates its main clause and holds an "after" clause
// with an event of its own.
const museumRoof = `Museum reopens after roof repair

SALEM, Ore. (AP) — The state history museum reopened Thursday after workers replaced its leaking roof.

The museum had closed in June.
`

// TestSequencedClauseTime checks that the main clause's time does not
// date the event of an "after" clause inside it.
func TestSequencedClauseTime(t *testing.T) {
	e := engineOf(t, museumRoof)
	checkOpenings(t, e, []openingCase{{q: "when did the museum reopen", first: "Thursday"}})
	checkWantOrRefused(t, e, []wantCase{{q: "when did workers replace the roof", want: ""}})
}
