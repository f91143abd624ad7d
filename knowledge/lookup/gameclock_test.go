package lookup

import "testing"

// lateGoals is a short article written for this test, in no question set:
// a game clock counting down ("with 2 minutes left" before "with 30
// seconds left"), and a play told after a dated one with a connective of
// sequence and no time of its own.
const lateGoals = `Ridgefield edges Lakeview 3-2 in girls hockey final

BURLINGTON, Vt. (AP) — Ridgefield beat Lakeview 3-2 on Saturday to win the state girls hockey title.

Mara Olsen tied the game at 2 with a wrist shot with 2 minutes left. Kira Banks hit the post with 30 seconds left. Moments later, Olsen slipped a rebound past the goalie for the winner.
`

func TestGameClockAndNarrativeSequence(t *testing.T) {
	e := engineOf(t, lateGoals)
	checkAnswers(t, e, []answerCase{
		// the clock counts down: more time left is earlier
		{"which came first, banks hitting the post or olsen's wrist shot", []string{"wrist shot came first", "2 minutes left"}, nil},
		// told next with "moments later": after the post
		{"what came first, banks hitting the post or olsen's rebound", []string{"hitting the post came first"}, nil},
		{"when did olsen tie the game", []string{"2 minutes left"}, nil},
	})
}
