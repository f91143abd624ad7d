package lookup

import "testing"

// skatingRink is a short article written for this test, in no question
// set: a rink "run by the city since 1971" whose reopening the article
// never dates.
const skatingRink = `Skating rink closed for repairs

DULUTH, Minn. (AP) — The Lakeside skating rink closed Monday for repairs to its cooling system, city officials said.

The rink has been run by the city since 1971. Officials did not say how long the repairs would take.
`

// "since 1971" runs from a past time up to now: it cannot date the
// rink's opening again, which the article does not date.
func TestFutureQuestionNotAnsweredBySince(t *testing.T) {
	e := engineOf(t, skatingRink)
	checkAnswers(t, e, []answerCase{
		{"when will the rink be run by the city again", nil, []string{"1971"}},
		{"how long has the city run the rink", []string{"1971"}, nil},
	})
}
