package lookup

import "testing"

// TestDurationThroughWholePeriod checks, on a short article written for
// this test, that "how long" is answered by "through" and a definite
// period of the calendar ("stretched through the night") when the
// article gives no figure.
func TestDurationThroughWholePeriod(t *testing.T) {
	e := engineOf(t, "Crews restore water after main break\n\n"+
		"FLINT, Mich. (AP) — Crews restored water to about 2,000 homes Monday after a repair job that stretched through the night, city officials said.\n\n"+
		"The main broke Friday under Court Street.\n")
	checkOpenings(t, e, []openingCase{
		{q: "how long did the repair job last", first: "Through the night"},
	})
}
