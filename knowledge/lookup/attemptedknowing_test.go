package lookup

import "testing"

// fireworksCrash is a short article written for this test, in no
// question set: where an act happened, told, and where another was done,
// left open by "still trying to learn where".
const fireworksCrash = `Van carrying fireworks crashes on highway

MERRILL, Wis. (AP) — A van loaded with fireworks crashed and caught fire on Route 9 on Friday, injuring the driver, police said.

The driver was treated at a hospital in Wausau. Police said they were still trying to learn where he bought the fireworks.
`

func TestAttemptToLearnLeavesItOpen(t *testing.T) {
	e := engineOf(t, fireworksCrash)
	refuses(t, e, "where did he buy the fireworks")
	checkAnswers(t, e, []answerCase{
		// the acts the article places still answer
		{"where did the van crash", []string{"Route 9"}, nil},
		{"where was the driver treated", []string{"Wausau"}, nil},
	})
}
