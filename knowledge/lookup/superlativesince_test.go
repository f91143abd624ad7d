package lookup

import "testing"

// snowstorm is a short article written for these tests, in no question
// set: an event ranked by a superlative since a year, another by "first"
// since a year, and the event's own day.
const snowstorm = `Blizzard buries Dakota town

FARGO, N.D. (AP) — A blizzard dropped 31 inches of snow on Fargo on Sunday, the deepest snowfall in the city since 1997, forecasters said.

The storm also closed Interstate 29 for two days. It was the first full closure of the highway since 2013, state officials said.

Schools will stay closed Tuesday.
`

// TestLastAsBig: "since" after a superlative tells when the last one as
// big was, and after "first" when the last one was; a question of the
// event's own time keeps its day.
func TestLastAsBig(t *testing.T) {
	e := engineOf(t, snowstorm)
	checkAnswers(t, e, []answerCase{
		{"when was the last snowfall this deep", []string{"1997."}, nil},
		{"when was the last time the highway closed", []string{"2013."}, nil},
		{"when did the blizzard hit", []string{"On Sunday."}, nil},
	})
}
