package lookup

import "testing"

// A story that gives a duration without the verb "take", in a sentence
// that names the swimmer but not the crossing.
const durationTakeStory = `Retired teacher, 71, becomes oldest to swim across Lake Champlain

BURLINGTON, Vermont (AP) — A retired chemistry teacher from Plattsburgh swam across the widest part of Lake Champlain on Sunday, becoming the oldest person to finish the 12-mile crossing, the club that sanctions the swim said.

Margaret Hollis, 71, finished the crossing in 9 hours and 14 minutes, beating the age mark set in 2019 by a 68-year-old from Montreal. She ate every 45 minutes.
`

func TestTakeOfDuration(t *testing.T) {
	e := engineOf(t, durationTakeStory)
	checkOpenings(t, e, []openingCase{
		{"how long did it take her to cross", "9 hours and 14 minutes", nil, nil},
	})
}
