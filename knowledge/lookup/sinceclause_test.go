package lookup

import "testing"

// closedBridge is a short article written for this test, in no question
// set: a bridge "closed since a barge struck it in October 2022", the
// start of the span a clause after "since" dates.
const closedBridge = `Ferry service to end as bridge nears reopening

ALTON, Ill. (AP) — The Clark Bridge, closed since a barge struck it in October 2022, will reopen to traffic next month, state officials said Wednesday.

A temporary ferry carried 900 cars a day across the Mississippi River.
`

// "how long has the bridge been closed": the span runs from the clause's
// event, dated October 2022.
func TestSinceClauseStartsTheSpan(t *testing.T) {
	e := engineOf(t, closedBridge)
	checkAnswers(t, e, []answerCase{
		{"how long has the bridge been closed", []string{"October 2022"}, []string{"900"}},
	})
}
