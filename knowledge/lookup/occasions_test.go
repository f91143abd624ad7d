package lookup

import "testing"

// alarmCalls is a short article written for this test, in no question
// set: a duration ("about an hour later") beside an act asked by "how
// many times", and an act done a stated number of times.
const alarmCalls = `Alarm sounds at school

DELL, Ark. (AP) — A fire alarm went off at Dell Elementary on Monday, and crews arrived about an hour later. The alarm sounded twice more that week, the principal said.
`

func TestHowManyTimesIsNoDuration(t *testing.T) {
	e := engineOf(t, alarmCalls)
	checkAnswers(t, e, []answerCase{
		// occasions, not a span of time
		{"how many times did crews arrive", nil, []string{"About an hour"}},
		{"how many times did the alarm sound", []string{"twice"}, nil},
	})
}
