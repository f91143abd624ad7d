package lookup

import "testing"

// TestChangeHeldByCause checks, on a short article written for this
// test, that a sentence telling the asked change by a causative verb
// ("raise downtown parking meter rates by 50 cents to $2.25") answers
// "how much will rates go up" with the change, though it never writes
// "go up".
func TestChangeHeldByCause(t *testing.T) {
	e := engineOf(t, "City raises downtown parking rates\n\n"+
		"FALLS CITY, Ore. (AP) — The City Council voted 5-2 on Monday to raise downtown parking meter rates by 50 cents to $2.25 an hour, the first increase since 2016.\n\n"+
		"Rates in outlying lots will stay at $1 an hour. New meters that take cards will be installed by June, and the city expects them to cost $380,000.\n")
	checkOpenings(t, e, []openingCase{{q: "how much will downtown rates go up", first: "50 cents"}})
}
