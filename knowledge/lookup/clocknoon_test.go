package lookup

import "testing"

// caveTrip is a short article written for this test, in no question set:
// a part of the day and a clock time stand side by side.
const caveTrip = `Hikers found after night on ridge

BOONE, N.C. (AP) — Two hikers missing overnight on Grandfather Mountain were found safe Sunday.

The pair set out from the trailhead late Saturday afternoon, around 3:40 p.m., park officials said.
`

// TestNoonNotAfternoon checks that "afternoon" is read as a part of the
// day, not as the clock time "noon", so "what time" is answered with the
// clock time beside it.
func TestNoonNotAfternoon(t *testing.T) {
	e := engineOf(t, caveTrip)
	checkOpenings(t, e, []openingCase{
		{q: "what time did they set out", first: "3:40 p.m."},
		{q: "what day did they set out", first: "Saturday"},
	})
}
