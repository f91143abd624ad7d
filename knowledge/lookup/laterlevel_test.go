package lookup

import "testing"

// gasLeakEvacuation is a short article written for this test, in no
// question set: a figure at its peak, then its later level named by
// "that".
const gasLeakEvacuation = `Gas leak empties downtown blocks

AKRON, Ohio (AP) — About 1,200 residents were kept out of their homes at the height of a gas leak on Monday. By Tuesday morning, that had dropped to about 300, the fire department said.
`

// A question of the level now is answered by the level the next
// sentence says the figure changed to; without "still" or "now", the
// figure told.
func TestLaterLevel(t *testing.T) {
	e := engineOf(t, gasLeakEvacuation)
	checkAnswers(t, e, []answerCase{
		{"how many residents are still out of their homes", []string{"About 300."}, nil},
		{"how many residents were kept out of their homes", []string{"About 1,200 residents."}, nil},
	})
}
