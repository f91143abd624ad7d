package lookup

import "testing"

// harborFestival is a short article written for this test, in no
// question set: an event moved from one date to another, and a span of
// dates that is no move.
const harborFestival = `Festival moves for storm

BAYPORT, Maine (AP) — Organizers have moved the Harbor Days parade from June 14 to June 21 because of the storm forecast.

The art fair will run June 13 through June 15.
`

func TestMovedDateIsTheGoal(t *testing.T) {
	checkOpenings(t, engineOf(t, harborFestival), []openingCase{
		{"when is the parade now", "June 21, moved from June 14", nil, nil},
		// a span of dates stays a span
		{"when is the art fair", "June 13 through June 15", nil, []string{"moved"}},
	})
}
