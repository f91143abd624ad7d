package lookup

import "testing"

// route9Crash is a short article written for this test, in no question
// set: an ordinal with an adjective between it and the noun it places in
// a series.
const route9Crash = `Truck crash closes Route 9

A tractor-trailer overturned on Route 9 near Milton early Friday, killing its driver, state police said.

It was the fourth deadly crash on Route 9 this year.
`

// TestOrdinalHead: the ordinal's noun is the head after its adjective
// ("the fourth deadly crash"), so it counts crashes.
func TestOrdinalHead(t *testing.T) {
	checkOpenings(t, engineOf(t, route9Crash), []openingCase{
		{"how many crashes on Route 9 this year", "4: the fourth deadly crash on Route 9.", nil, nil},
		{"how many deadly crashes have there been on route 9 this year?", "4: the fourth deadly crash", nil, nil},
	})
}
