package lookup

import "testing"

// fairReport is a short article written for these tests, in no question
// set: a forecast told with one verb of forecasting beside the outcome,
// asked with another.
const fairReport = `County fair draws record crowd

HOLLIS, Kan. (AP) — About 52,000 people went to the Hollis County Fair this week, organizers said Sunday.

Organizers had forecast a crowd of 40,000 for the five-day run.
`

func TestForecastVerbMeetsAnother(t *testing.T) {
	checkOpenings(t, engineOf(t, fairReport), []openingCase{
		// "expecting" asks what the article says was forecast
		{q: "how many were they expecting", first: "40,000"},
		// and asks the figure forecast, not the outcome
		{q: "how many people did organizers predict", first: "40,000"},
	})
}
