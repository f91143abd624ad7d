package lookup

import "testing"

// rowingTitle is a short article written for these tests, in no question
// set: an age given in the headline and, in the body, only by the
// description "the 17-year-old".
const rowingTitle = `Sculler Ines Varga, 17, wins national title

PHILADELPHIA (AP) — Ines Varga had never raced on the Schuylkill before this week.

On Sunday the 17-year-old won the national junior single sculls title by four seconds.
`

// TestAgeCitesTheBody checks that an age the headline states is cited
// from the body sentence that gives it.
func TestAgeCitesTheBody(t *testing.T) {
	e := engineOf(t, rowingTitle)
	checkAnswers(t, e, []answerCase{{"how old is varga", []string{"is 17", "On Sunday the 17-year-old won"}, []string{"(headline)"}}})
}
