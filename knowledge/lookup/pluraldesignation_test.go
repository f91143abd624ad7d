package lookup

import "testing"

// ferryFogRoutes is a short article written for this test, in no question
// set: two designations of one noun in the sentence that tells the act.
const ferryFogRoutes = `Fog halts harbor traffic

SEATTLE (AP) — Dense fog on Sunday led the state to cancel Route 12 to Bremerton and Route 40 to Kingston for most of the morning, ferry officials said.
`

// A plural which-question asks every designation of its noun that the
// sentence telling the act gives; a singular one asks one.
func TestPluralDesignations(t *testing.T) {
	e := engineOf(t, ferryFogRoutes)
	checkAnswers(t, e, []answerCase{
		{"which routes were canceled", []string{"Route 12 and Route 40"}, nil},
		{"which route to bremerton was canceled", []string{"Route 12."}, nil},
	})
}
