package lookup

import "testing"

// ferryHours is a short article written for this test, in no question set.
const ferryHours = `Island ferry adds evening runs

PORT CLYDE, Maine (AP) — The island ferry will add evening runs this summer, the town said Monday.

The ticket office is staffed from 6 a.m. to 9 p.m. on weekdays, the harbor master said. Crews worked long hours to fix the dock, and no boats will leave during storms.
`

// "What hours" asks the clock times of a schedule, as "what time" does:
// not a sentence that merely holds the word "hours" or the verb asked.
func TestHoursAskedIsAClockTime(t *testing.T) {
	e := engineOf(t, ferryHours)
	checkOpenings(t, e, []openingCase{
		{q: "what hours is the ticket office staffed", first: "From 6 a.m. to 9 p.m."},
		{q: "what are the ticket office hours", first: "From 6 a.m. to 9 p.m."},
	})
}
