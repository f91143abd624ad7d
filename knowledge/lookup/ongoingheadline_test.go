package lookup

import "testing"

// teachersStrike is a short article written for this test, in no
// question set: the headline states how long the strike has gone on
// without a possessive ("hits third day"), and the body gives only an
// earlier strike's span ("last struck in 2012, for five days").
const teachersStrike = `Teachers strike hits third day in Aurora

AURORA, Colo. (AP) — Classes were canceled again Wednesday for 38,000 students as teachers stayed on the picket lines.

Teachers last struck in 2012, for five days.
`

// The headline's "hits third day" is how long the strike has gone on so
// far; the 2012 strike's "five days" is over and is no span up to now.
func TestHeadlineOngoingSpan(t *testing.T) {
	e := engineOf(t, teachersStrike)
	checkAnswers(t, e, []answerCase{
		{"how long has the strike gone on", []string{"third day"}, []string{"five days"}},
		{"how long did the teachers strike in 2012", []string{"five days"}, nil},
	})
}

// "How long has the strike gone on" of an article that says only how
// long an earlier strike lasted: the earlier span does not answer.
func TestEarlierOccasionIsNoSpanSoFar(t *testing.T) {
	e := engineOf(t, `Teachers strike in Aurora

AURORA, Colo. (AP) — Classes were canceled again Wednesday for 38,000 students as teachers stayed on strike.

Teachers last struck in 2012, for five days.
`)
	checkAnswers(t, e, []answerCase{
		{"how long has the strike gone on", nil, []string{"five days"}},
	})
}
