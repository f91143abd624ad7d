package lookup

import "testing"

// longTenant is a short article written for this test, in no question
// set: a duration after a verb's object and a place adjunct, and another
// act's span in the next sentence.
const longTenant = `Tenant fights rent hike

ORVAL, Idaho (AP) — A retired bus driver is fighting a rent increase at the building where she has spent most of her life.

Nell Parr, 71, has lived in a small apartment on Cedar Lane for 34 years. She fell three months behind on rent after her landlord doubled it.
`

// "How long has she lived there": the adjunct of duration after the
// verb's object and place ("lived in a small apartment on Cedar Lane
// for 34 years") is the lived act's, however far the verb stands before
// it in its clause (Quirk et al., ch. 8), not the three months of
// another act.
func TestDurationAfterObjectAndPlace(t *testing.T) {
	e := engineOf(t, longTenant)
	checkOpenings(t, e, []openingCase{
		{q: "how long has parr lived in her apartment", first: "34 years"},
	})
}
