package lookup

import "testing"

// gliderLake is a short article written for this test, in no question
// set: spans of duration in the past beside the event's own time.
const gliderLake = `Glider lands in lake; pilot rescued

BROOK CITY, Ore. (AP) — A glider landed in Mill Lake moments after taking off on Sunday, police said. Boaters reached the pilot within about five minutes. It was the third glider accident at the field in two years.
`

func TestInSpanOfThePastDatesNothing(t *testing.T) {
	checkAnswers(t, engineOf(t, gliderLake), []answerCase{
		// "within about five minutes" is how long the boaters took
		{"when did boaters reach the glider", nil, []string{"Within about five minutes."}},
		// "in two years" is the period the accidents are counted in
		{"when did the glider accident happen", nil, []string{"In two years."}},
		// the gerund keeps its particle
		{"when did the glider land in the lake", []string{"Moments after taking off."}, []string{"Moments after taking."}},
	})
}
