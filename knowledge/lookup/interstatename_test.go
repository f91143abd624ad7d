package lookup

import "testing"

// The question's interstate name meets the article's other AP form:
// "I-70" for "Interstate 70", and "interstate 25" for "I-25".
func TestInterstateNames(t *testing.T) {
	e := engineOf(t, `Highway reopens after rockslide

GLENWOOD, Colo. (AP) — Interstate 70 through Glenwood Canyon reopened Monday after crews cleared a rockslide that had blocked all four lanes since Thursday.

The canyon's bike path remains closed.
`)
	checkOpenings(t, e, []openingCase{
		{q: "is I-70 open", first: "Yes"},
		{q: "is i70 open again", first: "Yes"},
	})
	f := engineOf(t, `Truck fire snarls traffic

PUEBLO, Colo. (AP) — A tanker truck caught fire on I-25 south of Pueblo on Tuesday, closing the highway for six hours.
`)
	checkOpenings(t, f, []openingCase{
		{q: "how long was interstate 25 closed", first: "Six hours"},
	})
	g := engineOf(t, `Crash closes I-80

CHEYENNE, Wyo. (AP) — A crash closed I-80 west of Cheyenne for four hours Tuesday, and the interstate reopened at 3 p.m.
`)
	checkOpenings(t, g, []openingCase{
		{q: "how long was i80 closed", first: "Four hours"},
	})
}
