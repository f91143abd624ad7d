package lookup

import "testing"

// stormPark is a short article written for this test, in no question set:
// one sentence holds both a depth and a duration.
const stormPark = `Storm floods town park

HADLEY, Kan. (AP) — Heavy rain left the town park under two feet of water for three days last week, the sheriff's office said Monday.
`

func TestStateLength(t *testing.T) {
	e := engineOf(t, stormPark)
	checkAnswers(t, e, []answerCase{
		// "how long" of a state asks its duration, not the depth beside it
		{"how long was the park underwater", []string{"Three days."}, []string{"Under two feet."}},
	})
}
