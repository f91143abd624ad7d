package lookup

import "testing"

// ferryLines is a short article written for these tests, in no question
// set: "only one" as the count of what is left.
const ferryLines = `Island ferry line cuts service

BAYPORT, Wash. (AP) — Sound Island Ferries halted most crossings on Monday, the company said.

Of the line's four boats, only one, the Gull, is still sailing.
`

// TestOnlyOne: "one" after "only" is the numeral, and counts what is
// left.
func TestOnlyOne(t *testing.T) {
	e := engineOf(t, ferryLines)
	checkOpenings(t, e, []openingCase{
		{q: "how many boats are still sailing", first: "One"},
	})
	s := "Only one worker stayed."
	if ns := readQuantities(s, tokenize(s)); len(ns) != 1 || ns[0].value != 1 || ns[0].unit != "worker" {
		t.Errorf("%q: read %+v, want one count of workers", s, ns)
	}
}
