package lookup

import "testing"

// TestKeptLevel checks, on a short article written for this test, that
// a level kept ("will stay at $1 an hour") answers no question of how
// much a thing went up, while it still answers how much the thing is.
func TestKeptLevel(t *testing.T) {
	e := engineOf(t, "City raises downtown parking rates\n\n"+
		"FALLS CITY, Ore. (AP) — The City Council voted 5-2 on Monday to raise downtown parking meter rates by 50 cents to $2.25 an hour, the first increase since 2016.\n\n"+
		"Rates in outlying lots will stay at $1 an hour. New meters that take cards will be installed by June, and the city expects them to cost $380,000.\n")
	checkWantOrRefused(t, e, []wantCase{
		{"how much will rates in outlying lots go up", ""},
		{"how much is the rate in outlying lots", "$1"},
	})
}
