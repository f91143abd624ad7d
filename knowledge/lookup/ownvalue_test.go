package lookup

import "testing"

// TestOwnMeasure checks that a possessive measure question is answered
// only by a measure in a clause about the possessor, on a short article
// written for this test.
func TestOwnMeasure(t *testing.T) {
	e := engineOf(t, "Ruiz wins Lakeview 10K\n\nLAKEVIEW, Ore. (AP) — Dana Ruiz won the Lakeview 10K on Saturday in 31:02, a course record.\n\nMaria Holt was second in 31:40, and Kenya's Ruth Wanjiru was third.\n\nThe shot-putter Tom Baird, who weighs 290 pounds, watched from the infield with coach Lee Dorsey.\n")
	checkAnswers(t, e, []answerCase{
		{"what was ruiz's time", []string{"31:02"}, nil},
		{"what was holt's time", []string{"31:40"}, nil},
		// Wanjiru is named beside Holt's time, but no time of hers is given
		{"what was wanjiru's time", nil, []string{"31:40"}},
		{"what is baird's weight", []string{"290 pounds"}, nil},
		{"what is dorsey's weight", nil, []string{"290"}},
	})
}
