package lookup

import "testing"

// harborOpen is a short article written for this test, in no question
// set: a tiebreaker's points in parentheses after a set score, and a
// player's share of points beside the prize she took home, and a
// noun whose value is a share of a count.
const harborOpen = `Lindqvist wins Harbor Open

SAVANNAH, Ga. (AP) — Ana Lindqvist beat Mara Okoye 6-4, 7-6 (4) on Sunday to win the Harbor Open.

Lindqvist won 64% of the points on her second serve. She earned $38,000.

Okoye hit 9 aces. Attendance was 80% of the seats.
`

// "How much did she win" is not answered by a share of a plural count
// noun ("64% of the points"), though "how much was attendance", which
// names the noun the share is the value of, is; the tiebreaker's points
// after a set score count nothing.
func TestShareOfACountAndTiebreak(t *testing.T) {
	e := engineOf(t, harborOpen)
	checkAnswers(t, e, []answerCase{
		{"how much did lindqvist win", nil, []string{"64%", "4."}},
		{"how much did okoye win", nil, []string{"4.", "64%"}},
		{"what percentage of the points did lindqvist win on her second serve", []string{"64%"}, nil},
		{"how much did lindqvist earn", []string{"$38,000"}, nil},
		{"how much was attendance", []string{"80%"}, nil},
	})
}
