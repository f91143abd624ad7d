package lookup

import "testing"

// quarryPond is a short article written for this test, in no question
// set: one sentence dates two acts, one by a time named again with
// "that".
const quarryPond = `Town reopens quarry pond to swimmers

HOLLIS, N.H. (AP) — The town reopened the old quarry pond to swimmers Saturday.

In 2019 two teenagers were hurt diving from the ledges. The selectmen fenced the pond that summer and voted to reopen it last spring, in April.
`

// TestDemonstrativeTime checks that "that summer" dates the act beside it,
// not the other act's time in the same sentence.
func TestDemonstrativeTime(t *testing.T) {
	e := engineOf(t, quarryPond)
	checkOpenings(t, e, []openingCase{
		{q: "when did they fence the pond", first: "That summer"},
		{q: "when did the selectmen vote to reopen it", first: "Last spring"},
	})
}
