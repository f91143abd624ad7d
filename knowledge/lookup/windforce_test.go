package lookup

import "testing"

// gustyFront is a short article written for this test, in no question
// set: a wind's speed never called strong, a storm's forward speed, and
// a strength that is no speed.
const gustyFront = `Cold front brings damaging gusts to Arlow

ARLOW, Okla. (AP) — A cold front swept through Arlow on Monday with gusts of 62 mph, toppling trees and power lines, the National Weather Service said.

The front moved east at 30 mph. Forecasters called the cold air behind it unusually strong for October.
`

// "how strong" of a wind asks its speed, as the Beaufort scale grades
// it; of anything else it asks no speed.
func TestHowStrongAWindIs(t *testing.T) {
	e := engineOf(t, gustyFront)
	checkAnswers(t, e, []answerCase{
		{"how strong were the gusts", []string{"62 mph"}, nil},
		{"how strong was the cold air", nil, []string{"mph."}},
	})
}
