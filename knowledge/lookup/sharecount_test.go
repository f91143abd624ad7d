package lookup

import "testing"

// harborOpen is a short article written for this test, in no question
// set: a tiebreaker's points in parentheses after a set score, and a
// player's share of points beside the prize she took home.
const harborOpen = `Lindqvist wins Harbor Open

SAVANNAH, Ga. (AP) — Ana Lindqvist beat Mara Okoye 6-4, 7-6 (4) on Sunday to win the Harbor Open.

Lindqvist won 64% of the points on her second serve. She earned $38,000.

Okoye hit 9 aces.
`

// "How much" is not answered by a share of a plural count noun ("64%
// of the points"), and the tiebreaker's points after a set score count
// nothing.
func TestShareOfACountAndTiebreak(t *testing.T) {
	e := engineOf(t, harborOpen)
	checkAnswers(t, e, []answerCase{
		{"how much did lindqvist win", nil, []string{"64%", "4."}},
		{"how much did okoye win", nil, []string{"4.", "64%"}},
		{"what percentage of the points did lindqvist win on her second serve", []string{"64%"}, nil},
		{"how much did lindqvist earn", []string{"$38,000"}, nil},
	})
}
