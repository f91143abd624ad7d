package lookup

import "testing"

// orchardFreeze is a short article written for this test, in no question
// set: a headline topic with no future sentence naming it, a restrictive
// relative clause in future time in the lead, and the dated next step.
const orchardFreeze = `Hard freeze wipes out Yakima cherry crop

YAKIMA, Wash. (AP) — A hard freeze killed most of the cherry blossoms in the Yakima Valley this week, growers said Thursday, days after the state launched a program that will insure small farms.

Temperatures fell to 19 degrees on Tuesday night, according to the weather service.

The growers association is scheduled to meet with state officials on May 2 to ask for disaster aid.
`

// "What's next for X", X the headline's topic, is the story's next step;
// a future in a restrictive relative clause ("a program that will
// insure") is no step ahead; X the story never names is not answered.
func TestNextStepHeadlineTopic(t *testing.T) {
	e := engineOf(t, orchardFreeze)
	checkAnswers(t, e, []answerCase{
		{"what's next for the cherry crop", []string{"scheduled to meet with state officials"}, nil},
		{"what happens now", []string{"scheduled to meet with state officials"}, []string{"will insure"}},
	})
	checkRefusals(t, e, "what's next for the apple harvest")
}
