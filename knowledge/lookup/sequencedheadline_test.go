package lookup

import "testing"

// TestSequencedHeadlineTime checks that the lead's time does not date
// the event of the headline's "after" phrase (museumRoof is in
// sequencedclause_test.go).
func TestSequencedHeadlineTime(t *testing.T) {
	e := engineOf(t, museumRoof)
	checkWantOrRefused(t, e, []wantCase{{q: "when was the roof repair", want: ""}})
	checkOpenings(t, e, []openingCase{{q: "when did the museum reopen", first: "Thursday"}})
}
