package lookup

import "testing"

// fairCalledOff is a short article written for this test, in no question
// set: the arranged dates are told with "scheduled to", the fair's own
// beginning is another date, and "supposed to" appears only in a
// quotation, as obligation.
const fairCalledOff = `County fair called off after barn fire

HILLSBORO, Ore. (AP) — The Washington County Fair, which was scheduled to run Thursday through Sunday, was called off after a fire destroyed its livestock barn.

The fair began in 1952 and draws about 90,000 visitors a year.

"You're supposed to have a barn at a county fair," said fair manager Tom Reyes.
`

// "Be supposed to", "be set to" and "be due to" mark the same arranged act
// as "be scheduled to" (Quirk et al. 3.47, 4.48), so a when-question asked
// with one meets the article's other, and not the fair's founding.
func TestArrangementWordsMeetEachOther(t *testing.T) {
	e := engineOf(t, fairCalledOff)
	checkOpenings(t, e, []openingCase{
		{q: "when was the fair supposed to start", first: "Thursday", not: []string{"1952"}},
		{q: "when was it set to start", first: "Thursday", not: []string{"1952"}},
		{q: "when was the fair due to open", first: "Thursday"},
	})
}
