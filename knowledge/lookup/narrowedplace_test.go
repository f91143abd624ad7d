package lookup

import "testing"

// lakeCounty is a short article written for these tests, in no question
// set: a county's population, and its suburbs, whose people the article
// never counts; a county whose people it counts only as lost.
const lakeCounty = `Lake County keeps growing

MERRIN, Minn. (AP) — Lake County grew 3%, to 88,000, the state demographer said Wednesday.

Most of the newcomers settled in Lake County suburbs, where builders finished 900 homes.

The northern county of Pell lost 2,100 people.
`

func TestNarrowedPlaceIsNotThePlace(t *testing.T) {
	e := engineOf(t, lakeCounty)
	checkOpenings(t, e, []openingCase{
		{"how many people live in lake county", "88,000 people.", nil, nil},
		{"what's the population of lake county", "88,000 people.", nil, nil},
	})
	// the suburbs are a part of the county: its population is not theirs
	checkWantOrRefused(t, e, []wantCase{
		{"how many people live in lake county suburbs", ""},
		{"how many ppl live in the suburbs of lake county", ""},
		// "county" names Pell's own class, no part of it: still a population question
		{"how many people live in pell county", ""},
	})
	checkAnswers(t, e, []answerCase{
		{"what's the population of lake county's suburbs", nil, []string{"88,000"}},
	})
}
