package lookup

import "testing"

// droppedGFerry is a short article written for this test, in no question
// set, to be asked with -ing words typed with their g dropped.
const droppedGFerry = `Ferry captain cited after wake swamps kayaks

BAR HARBOR, Maine (AP) — The captain of a passenger ferry was cited Sunday after the boat's wake overturned three kayaks near the town pier, the Coast Guard said.

Investigators said the ferry was traveling about 18 knots in a harbor zone where the limit is 5 knots. Captain Owen Hale, 52, of Ellsworth, told officers he was running late.

"We were lucky nobody drowned," harbor master Rita Glenn said.
`

// TestDroppedG reads "goin" and "doin'" as the -ing words they write
// without their g, and leaves a word of English ("begin") or of the
// article alone.
func TestDroppedG(t *testing.T) {
	e := engineOf(t, droppedGFerry)
	checkOpenings(t, e, []openingCase{
		{q: "how fast was the ferry goin", first: "About 18 knots", not: []string{"never uses"}},
		{q: "how fast was the boat goin", first: "About 18 knots", not: []string{"doesn't say"}},
	})
	for w, want := range map[string]string{"goin": "going", "doin": "doing", "runnin": "running", "begin": "", "kin": "", "harbor": ""} {
		if got := e.droppedG(w); got != want {
			t.Errorf("droppedG(%q) = %q, want %q", w, got, want)
		}
	}
}
