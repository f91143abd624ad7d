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

// pastSeasons is a short article written for this test, in no question
// set: a span to come told by its end, and a past one by both ends.
const pastSeasons = `Ski area opens early after storm

BEND, Ore. (AP) — The ski area will open Friday after a storm dropped 30 inches of snow.

The area expects to stay open through May 25 if the snow holds. Last season ran from Dec. 6 to April 27, cut short by a warm spring.
`

// A how-long question about the future is not answered by the ends of a
// span told in the simple past.
func TestPairedDurationNotFromPastSpan(t *testing.T) {
	e := engineOf(t, pastSeasons)
	checkOpenings(t, e, []openingCase{
		{q: "how long did last season run", first: "From Dec. 6 to April 27"},
		{q: "how long will the area stay open", first: "Through May 25", not: []string{"Dec. 6"}},
	})
	checkWantOrRefused(t, e, []wantCase{{"how long will the season go", ""}}) // not last season's ends
}
