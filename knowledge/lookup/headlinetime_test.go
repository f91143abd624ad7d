package lookup

import "testing"

// tunnelOpening is a short article written for this test, in no question
// set.
const tunnelOpening = `Mountain highway tunnel opens after long delay

GARNET FALLS, Colo. (AP) — Drivers streamed through the Bessemer Pass bore on Thursday, more than a year later than promised.

The 2-mile bore cost $310 million. Crews spent four years drilling through granite.
`

// A headline tells the lead's event and the lead dates it: "when did the
// tunnel open" is the headline's "opens", which the lead's "Thursday"
// dates, though no body sentence says "open". A question whose words the
// headline does not hold is not the headline's event.
func TestHeadlineEventDatedByLead(t *testing.T) {
	e := engineOf(t, tunnelOpening)
	checkOpenings(t, e, []openingCase{
		{"when did the tunnel open", "On Thursday", nil, nil},
		{"when did the Bessemer Pass tunnel open", "On Thursday", nil, nil},
	})
	checkAnswers(t, e, []answerCase{
		{"when did the tunnel close", nil, []string{"Thursday"}}, // the headline tells no closing
	})
}
