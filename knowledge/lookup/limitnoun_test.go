package lookup

import "testing"

// cattleTruckCurve is a short article written for this test, in no question
// set: a limit's figure in a sentence about the vehicle asked of.
const cattleTruckCurve = `Truck overturns on Pike Road

ODELL, Texas (AP) — A cattle truck overturned on Pike Road on Monday, police said. The curve where the truck overturned has a speed limit of 25 mph.
`

func TestLimitFigureIsNoMeasureOfTheAct(t *testing.T) {
	checkAnswers(t, engineOf(t, cattleTruckCurve), []answerCase{
		// the limit says what was allowed, not how fast the truck went
		{"how fast was the truck going when it overturned", nil, []string{"25 mph."}},
		// asked of the limit, or of what is allowed, it answers
		{"what's the speed limit on the curve", []string{"25 mph"}, nil},
		{"how fast can trucks go on the curve where the truck overturned", []string{"25 mph"}, nil},
	})
}
