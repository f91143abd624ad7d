package lookup

import "testing"

// townOutage is a short article written for this test, in no question
// set: a thing named without its state, and a state told by the particle
// ("The power was back on").
const townOutage = `Storm cuts power in Linden

LINDEN, Ala. (AP) — A storm knocked down trees across Linden on Monday, and a fire damaged a shed on Oak Street. The power was back on by Tuesday, the utility said.
`

func TestParticleStateAsked(t *testing.T) {
	e := engineOf(t, townOutage)
	checkOpenings(t, e, []openingCase{
		// the fire is named, its state is not
		{"is the fire out", "The article does not say so", nil, nil},
		// the particle is in the sentence: the verdict stands
		{"is the power back on", "Yes", nil, nil},
	})
}
