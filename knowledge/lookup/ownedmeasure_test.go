package lookup

import "testing"

// kayakRescue is a short article written for this test, in no question
// set: a distance, and a measure compound a possessive determiner
// stands before in the next sentence of its paragraph.
const kayakRescue = `Coast Guard rescues kayaker off Brill Point

BRILL POINT, Maine (AP) — The Coast Guard on Sunday rescued a kayaker who had drifted about 4 miles south of Brill Point.

A fishing crew spotted the kayak about 4 miles south of the point. Rescuers found Owen Tasker, 37, clinging to his 14-foot kayak.
`

// "his 14-foot kayak" measures the kayak: the possessive determines the
// kayak, and the compound is no share of a whole that would answer
// "how far" before the distance the article states.
func TestPossessiveBeforeAMeasureCompound(t *testing.T) {
	e := engineOf(t, kayakRescue)
	checkAnswers(t, e, []answerCase{
		{"how far from the point did the crew spot it", []string{"4 miles"}, []string{"14-foot"}},
		{"how long is his kayak", []string{"14-foot"}, nil},
	})
}
