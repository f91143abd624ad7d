package lookup

import "testing"

// trailRace is a short article written for these tests, in no question
// set: one person's home in an appositive, another named beside a
// national adjective, a third with no home at all.
const trailRace = `Ohio runner wins mountain race

DENVER (AP) — Dana Ruiz of Toledo, Ohio, won the Pikes Ridge trail race on Saturday, beating a field that included Canadian runners and two Kenyan champions.

Race director Mel Ortiz said the course was the hardest in years. Ortiz praised the Canadian team for its sportsmanship.
`

// TestHomeYesNo: "is X from Y" is answered by the home the article gives
// X, not by a sentence where X and a word of Y stand together.
func TestHomeYesNo(t *testing.T) {
	e := engineOf(t, trailRace)
	checkOpenings(t, e, []openingCase{
		{"is dana ruiz from toledo", "Yes", nil, nil},
		{"is ruiz from denver", "The article does not say so", []string{"Toledo"}, nil},
	})
	checkWantOrRefused(t, e, []wantCase{{"is ortiz from canada", ""}})
}
