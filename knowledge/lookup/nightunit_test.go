package lookup

import "testing"

// A night counts a span of time as a day does: "spent four nights in the
// woods" answers "how long". The story is written for this test, in no
// question set.
func TestNightsMeasureTime(t *testing.T) {
	e := engineOf(t, "Lost hiker found\n\nBEND, Ore. (AP) — A hiker who got lost near Broken Top was found alive on Sunday.\n\nMara Quist, 44, spent four nights in the woods before rescuers found her near a creek.\n")
	checkOpenings(t, e, []openingCase{
		{q: "how long was she in the woods", first: "Four nights"},
	})
}
