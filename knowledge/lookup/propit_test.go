package lookup

import "testing"

// TestPropItTemperature checks that "how cold did it get", asked of
// nothing named, answers with the temperature the story reports in
// degrees: the weather's prop "it" refers to nothing in particular.
func TestPropItTemperature(t *testing.T) {
	e := engineOf(t, "Ice fishermen rescued from drifting floe on Lake Erie\n\nPORT CLINTON, Ohio (AP) — Eighteen ice fishermen were rescued Saturday after a 2-mile-wide sheet of ice broke away from the shore, the Coast Guard said.\n\nWinds of 25 mph pushed the floe about a mile out overnight, and the temperature dropped to 9 degrees before dawn.\n\nTwo helicopters lifted the men off in about four hours.\n")
	checkAnswers(t, e, []answerCase{
		{"how cold did it get", []string{"9 degrees"}, nil},
		{"how cold was it", []string{"9 degrees"}, nil},
	})
}
