package lookup

import "testing"

// busInspection is a short article written for this test, in no question
// set: failed acts whose objects have premodifiers, and a failure that
// governs something before a determiner of another phrase.
const busInspection = `Bus company grounded after inspection

BURLINGTON, Vt. (AP) — The Lakeside bus company failed a surprise state safety inspection on Monday, and its 40 passengers were moved to other buses.

Driver Tom Reale had failed his annual eye test in May, the state said. A second company failed to report a crash before the state inspection.
`

func TestFailedPremodifiedObject(t *testing.T) {
	e := engineOf(t, busInspection)
	checkOpenings(t, e, []openingCase{
		{q: "did lakeside pass its inspection", first: "No"},
		{q: "did the driver pass the eye test", first: "No"},
	})
}
