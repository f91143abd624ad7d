package lookup

import "testing"

// conferenceFinal is a short article written for this test, in no
// question set: one player with two categories in double figures, one
// with three, and one whose line gives only points.
const conferenceFinal = `Harlan rolls past Wexford for conference crown

OMAHA, Neb. (AP) — Marcus Bell scored 22 points and Harlan beat Wexford 77-60 on Sunday to win the conference tournament.

Andre Kline had 11 points, 10 rebounds and 10 assists for Harlan. Luis Ortega added 13 points and 11 rebounds, and Wexford's Sam Pruitt scored 18 points.
`

func TestDoubleDouble(t *testing.T) {
	e := engineOf(t, conferenceFinal)
	checkAnswers(t, e, []answerCase{
		{"did ortega get a double double", []string{"Yes — 13 points and 11 rebounds."}, []string{"and 18 points"}},
		{"did kline have a triple-double?", []string{"Yes", "10 assists"}, nil},
		// only points are given: no verdict
		{"did pruitt get a double double", nil, []string{"Yes", "No —"}},
		{"did bell get a double-double", nil, []string{"Yes", "No —"}},
	})
}
