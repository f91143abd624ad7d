package lookup

import "testing"

// strandedCommuters is a short article written for this test, in no
// question set: a distance in the sentence that tells the state asked
// about, and no span of time in it.
const strandedCommuters = `Power failure strands commuter train

TRENTON, N.J. (AP) — A power failure Tuesday left 400 commuters stuck in a line of train cars that stretched half a mile along the tracks, the railroad said.

The conductor was trapped in the lead car, which was wedged 12 feet under an overpass.
`

func TestParticipleStateLength(t *testing.T) {
	e := engineOf(t, strandedCommuters)
	checkAnswers(t, e, []answerCase{
		// a passive participle after the subject asks a state's duration, which no distance gives
		{"how long were the commuters stuck", nil, []string{"half a mile", "Half a mile"}},
		{"how long were they stuck", nil, []string{"half a mile", "Half a mile"}},
		{"how long was the conductor trapped", nil, []string{"12 feet"}},
	})
}
