package lookup

import "testing"

// ferryReport is a short article written for these tests, in no question
// set: a change told goal first ("fell to 48,000 last year from 61,000
// in 2022") whose subject, riders, stands before the verb, and a "from"
// phrase whose "to" opens another phrase.
const ferryReport = `Island ferry cuts sailings

PORT ELLIS, Maine (AP) — Riders on the Calder Island ferry fell to 48,000 last year from 61,000 in 2022, the ferry authority said Monday, as it cut sailings to six a day.
`

func TestGoalFirstChangeCountsItsSubject(t *testing.T) {
	checkOpenings(t, engineOf(t, ferryReport), []openingCase{
		// the goal counts the riders, as the source does, and "from 61,000 in
		// 2022" is no change "to six a day"
		{q: "how many riders last year", first: "48,000."},
		{q: "how many riders in 2022", first: "61,000."},
	})
}
