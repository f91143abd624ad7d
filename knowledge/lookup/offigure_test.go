package lookup

import "testing"

// A figure after "of" that postmodifies the asked noun is its value, and
// opens the answer; a participle read as the figure's noun is left out.
func TestValueOfPhrase(t *testing.T) {
	e := engineOf(t, `Cold snap grips Duluth

DULUTH, Minn. (AP) — Forecasters expect a low of 22 degrees on Saturday, and the city's warming centers will stay open all weekend.

The Duluth Energy Co. said demand for natural gas reached 412,000 therms Thursday, just under the record of 418,500 set last January.
`)
	checkOpenings(t, e, []openingCase{
		{q: "what was the record", first: "418,500."},
		{q: "what is the expected low", first: "22 degrees."},
	})
}
