package lookup

import "testing"

// bikeShops is a short article written for these tests, in no question
// set: a count of an act beside a count the article sets "now".
const bikeShops = `Bike chain trims mall stores

DENVER (AP) — Harlow Bikes said Tuesday that it closed 6 stores during the spring, most of them in shopping malls.

Harlow now operates 85 stores, up from 80 in January.
`

func TestPresentQuestionAsksTheFigureNow(t *testing.T) {
	checkOpenings(t, engineOf(t, bikeShops), []openingCase{
		// a present question asks the count standing now
		{q: "how many stores does harlow have", first: "85"},
		// a past one still asks the act
		{q: "how many stores did harlow close", first: "6"},
	})
}
