package lookup

import "testing"

// bridgeReopening is a short article written for this test, in no
// question set: a span that runs until a reopening.
const bridgeReopening = `Drawbridge stuck open for hours

PORTLAND, Ore. (AP) — The Broadway Bridge jammed in the open position Tuesday morning, cutting off one of the main routes into downtown.

City crews closed the bridge to traffic for 6 hours while engineers worked on the lift motor.

Drivers waited in lines more than a mile long. The bridge reopened to traffic at 4 p.m.
`

// "till" and "til" are "until", but "the till" is the cash drawer.
func TestTillForUntil(t *testing.T) {
	e := engineOf(t, bridgeReopening)
	checkAnswers(t, e, []answerCase{
		{"how many hours till the bridge reopened", []string{"6 hours"}, nil},
		{"how many hrs til the bridge reopened", []string{"6 hours"}, nil},
	})
	if got := untilForm("the", "till"); got != "" {
		t.Errorf("untilForm(the, till) = %q, want none: the noun", got)
	}
}
