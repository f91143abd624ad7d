package lookup

import "testing"

// tunnelClosing is a short article written for this test, in no question
// set: the same act told twice with a duration, once still to come and
// once of a past occasion told nearer the question's words.
const tunnelClosing = `Harbor tunnel to close for repairs

BALTIMORE (AP) — The Fort Avery tunnel will close on June 1 for an 18-month overhaul, city officials said Wednesday.

Shop owners near the tunnel recalled a six-week closing of the tunnel in 2015, when sales fell by half.
`

// TestFutureQuestionTakesTheFutureFigure: "how long will the tunnel be
// closed" asks the closing still to come, not the past one, and "for an
// 18-month overhaul" gives how long the clause's act lasts.
func TestFutureQuestionTakesTheFutureFigure(t *testing.T) {
	e := engineOf(t, tunnelClosing)
	checkAnswers(t, e, []answerCase{
		{"how long will the tunnel be closed", []string{"18 months"}, []string{"six weeks", "Six weeks"}},
		{"how long was the tunnel closed in 2015", []string{"Six weeks"}, []string{"18"}},
	})
}
