package lookup

import "testing"

// shawneeFair is a short article written for these tests, in no question
// set: "run" told first with the fair for subject ("was scheduled to
// run through Sunday", to last), then with the fair for object.
const shawneeFair = `Rain cancels Shawnee County fair

TOPEKA, Kan. (AP) — The county fair, which was scheduled to run through Sunday, was to be headlined by the singer Ada Moss.

Prairie Shows, the Wichita company that has run the fair since 2019, said it would refund tickets.
`

// TestObjectAsSubject asks who runs the fair of an article whose first
// "run" has the fair for subject, and no agent.
func TestObjectAsSubject(t *testing.T) {
	e := engineOf(t, shawneeFair)
	checkAnswers(t, e, []answerCase{
		{q: "who runs the fair", want: []string{"Prairie Shows"}, not: []string{"Moss"}},
	})
}
