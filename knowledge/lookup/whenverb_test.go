package lookup

import "testing"

// vetoedPlan is a short article written for this test, in no question
// set: the lead dates another act ("voted Tuesday to overturn") and names
// the act asked by a noun ("Crane's veto of"); a later sentence tells it
// with its verb and its own day ("vetoed the plan Friday"), and another
// with a relative pronoun ("which opened in 1998").
const vetoedPlan = `Board overrides superintendent on school plan

ASHLAND, Ky. (AP) — The Ashland school board voted 4-1 early Tuesday to overturn Superintendent Janet Crane's veto of a plan to close two elementary schools.

Crane vetoed the plan Friday, saying the district could not absorb 300 more pupils at its other schools.

One of the two schools, which opened in 1998, has 140 pupils.
`

// "when did crane veto the plan" asks when the act was done: the time
// beside "vetoed", not the time of the vote on "Crane's veto".
func TestWhenQuestionTakesTheActToldByItsVerb(t *testing.T) {
	e := engineOf(t, vetoedPlan)
	checkAnswers(t, e, []answerCase{
		{"when did crane veto the plan", []string{"Friday"}, []string{"Tuesday"}},
		{"when did the board vote to overturn the veto", []string{"Tuesday"}, nil},
		{"when did the school open", []string{"1998"}, nil},
	})
}
