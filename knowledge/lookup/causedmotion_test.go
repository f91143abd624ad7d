package lookup

import "testing"

// TestCausedGetMotion: "how did they get him out" asks only the caused
// motion of "get"; the sentence writing "got him out" with a means
// answers it, not the lead that names the rescue.
func TestCausedGetMotion(t *testing.T) {
	e := engineOf(t, "Boy rescued from well\n\nDALTON, Ga. (AP) — A 6-year-old boy was rescued from a dry well on Sunday, police said.\n\n"+
		"He fell about 20 feet while playing near a barn. Firefighters got him out by lowering a ladder into the shaft.\n\n"+
		"He was treated for scrapes.\n")
	checkOpenings(t, e, []openingCase{
		{q: "how did they get him out", first: "Firefighters got him out by lowering a ladder"},
		{q: "how'd they get him out", first: "Firefighters got him out"},
	})
}
