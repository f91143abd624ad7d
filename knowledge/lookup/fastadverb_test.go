package lookup

import "testing"

// plowCrews is a short article written for this test, in no question set:
// roads cleared "within six hours" and winds measured in miles an hour.
const plowCrews = `Blizzard dumps 20 inches on Fargo

FARGO, N.D. (AP) — A blizzard dropped 20 inches of snow on Fargo on Sunday, with winds gusting to 50 mph.

City crews cleared the main roads within six hours, public works director Sam Olafson said.
`

// "how fast did crews clear the roads" asks the manner adverb, the time
// the act took; "how fast were the winds" the adjective's speed.
func TestHowFastAsksTheTimeAnActTook(t *testing.T) {
	e := engineOf(t, plowCrews)
	checkAnswers(t, e, []answerCase{
		{"how fast did crews clear the roads", []string{"six hours"}, nil},
		{"how fast were the winds", []string{"50 mph"}, []string{"six hours"}},
	})
}
