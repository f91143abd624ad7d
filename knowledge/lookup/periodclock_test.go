package lookup

import "testing"

// lateWinner is a short article written for this test, in no question
// set: goals timed by the game clock and by a part of a period.
const lateWinner = `Flyers edge Rangers 2-1

PHILADELPHIA (AP) — Travis Konecny scored with 2:05 left in the third period, and the Philadelphia Flyers beat the New York Rangers 2-1 on Thursday night.

Artemi Panarin gave New York the lead 6:18 into the second. Owen Tippett tied it midway through the third with a wrist shot.
`

// The game clock in minutes and seconds, and the middle of a period, date a play: "with 2:05 left in the third period",
// "6:18 into the second", "midway through the third".
func TestPeriodClock(t *testing.T) {
	e := engineOf(t, lateWinner)
	checkAnswers(t, e, []answerCase{
		{"when did konecny score", []string{"With 2:05 left in the third period."}, nil},
		{"when did panarin give new york the lead", []string{"6:18 into the second."}, nil},
		{"when did tippett tie it", []string{"Midway through the third."}, nil},
	})
}
