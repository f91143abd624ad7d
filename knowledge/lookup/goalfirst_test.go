package lookup

import "testing"

// carverTransit is a short article written for this test, in no question
// set: changes told goal first, the new figure after "to" and the old
// one after "from", with the size of the change before them.
const carverTransit = `Carver transit ridership climbs as fares hold

CARVER, Mont. (AP) — Carver Area Transit said Tuesday that fare revenue rose 9% to $2.6 million in the fiscal year that ended June 30 from $2.4 million a year earlier.

Weekday ridership grew to 8,100 trips from 7,350, the agency said, while the number of buses in service fell from 64 to 58.
`

func TestGoalFirstChangeAnswersWithTheNewFigure(t *testing.T) {
	checkOpenings(t, engineOf(t, carverTransit), []openingCase{
		// "to $2.6 million from $2.4 million": the source after "from" is
		// the old figure, and "9% to" bounds no range with the new one
		{"how much fare revenue did the agency get", "$2.6 million.", nil, nil},
		{"how many trips a weekday do people take", "8,100", nil, []string{"7,350 trips."}},
		// the ordinary order still reads as a change
		{"how many buses are in service", "From 64 to 58", nil, nil},
	})
}
