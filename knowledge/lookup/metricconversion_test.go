package lookup

import "testing"

// corvaRain is a short article written for this test, in no question
// set: a rainfall given with its metric conversion in parentheses, as AP
// style gives it abroad, in a sentence that also gives a span of hours.
const corvaRain = `Storm floods Corva

CORVA, Italy (AP) — A storm flooded the old town of Corva on Tuesday, forcing 300 people from their homes, officials said.

Forecasters said about 9 inches (229 millimeters) of rain fell in 36 hours on the town.
`

// The measure phrase goes on past its conversion: "9 inches (229
// millimeters) of rain" measures the rain, and "36 hours" no mass.
func TestMeasurePastItsConversion(t *testing.T) {
	e := engineOf(t, corvaRain)
	checkAnswers(t, e, []answerCase{
		{"how much rain fell", []string{"9 inches"}, []string{"36 hours."}},
		{"how much rain came down", []string{"9 inches"}, []string{"36 hours."}},
	})
}
