package lookup

import "testing"

// AP writes a temperature under zero as "12 below zero": it answers "how
// cold" and "what was the temperature" whole, not as the count 12.
func TestBelowZero(t *testing.T) {
	e := engineOf(t, "Cold snap grips city\n\n"+
		"Temperatures were 31 below zero when the bus stalled at 7 a.m.\n\n"+
		"About 40 riders waited inside a library for two hours.")
	checkOpenings(t, e, []openingCase{
		{q: "how cold was it", first: "31 below zero"},
		{q: "what was the temperature when the bus stalled", first: "31 below zero"},
		{q: "how many riders waited", first: "About 40 riders"},
	})
}
