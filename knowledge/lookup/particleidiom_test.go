package lookup

import "testing"

// ridgefordFlood is a short article written for this test, in no question
// set: "shut off" (an idiomatic verb with its particle: close off,
// discontinue) and a road "closed".
const ridgefordFlood = `Flooding closes highway in Ridgeford

RIDGEFORD, Vt. (AP) — A flood swept through Ridgeford on Monday, police said.

The highway was closed between Ridgeford and Dover. The water company shut off service to 2,000 homes as a precaution.
`

// doverLibrary is a second one: "shut down", a free combination.
const doverLibrary = `Dover closes library

DOVER, Vt. (AP) — The town shut down its library on Tuesday after a pipe burst.
`

func TestVerbAloneMissesItsIdiomWithParticle(t *testing.T) {
	e := engineOf(t, ridgefordFlood)
	checkOpenings(t, e, []openingCase{
		// "shut off" tells no shutting: the road closed is the answer
		{"which road got shut", "", []string{"highway was closed"}, []string{"water company"}},
		{"which road was shut", "", []string{"highway was closed"}, []string{"water company"}},
		// the multi-word verb asked meets as before
		{"what did the water company shut off", "", []string{"service"}, nil},
	})
	// a free combination ("shut down": close) still tells the shutting
	checkOpenings(t, engineOf(t, doverLibrary), []openingCase{
		{"when did the town shut the library", "On Tuesday", nil, nil},
	})
}
