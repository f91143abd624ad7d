package lookup

import "testing"

// mealSchedule is a short article written for this test, in no question set.
const mealSchedule = `School district extends free summer meals

FRESNO, Calif. (AP) — The district will serve free lunches to children at 12 schools this summer, officials said Wednesday.

The meal program starts June 9 and is scheduled to end Aug. 8, a spokeswoman said. A reading camp runs from June 16 through July 25 at the central library.

Lunches cost the district $2.10 each, and a warehouse manager said the trucks begin loading at 6 a.m.
`

// A how-long question of a span the article gives only by its two ends
// is answered by both ends, from the paired verbs or "from … through".
func TestPairedDurationGivesBothEnds(t *testing.T) {
	e := engineOf(t, mealSchedule)
	checkOpenings(t, e, []openingCase{
		{q: "how long does the meal program last", first: "From June 9 to Aug. 8"},
		{q: "how long does the reading camp last", first: "From June 16 through July 25"},
	})
}
