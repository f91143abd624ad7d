package lookup

import "testing"

// prairieStorm is a short article written for this test, in no question
// set: things that did what the questions ask, as a clause's subject, a
// relative clause's antecedent, and a bare noun with a measure after it.
const prairieStorm = `Storm tears through Enid

ENID, Okla. (AP) — A falling cottonwood crushed a parked van on Grand Avenue on Tuesday, and a lightning strike sparked a fire that destroyed a hay barn west of town, officials said.

The gusts that toppled the tree reached 70 mph. Hail the size of golf balls damaged the roof of the county courthouse.
`

// "What VERBED X" asks the verb's subject: the noun phrase before it, or
// the antecedent of the relative pronoun before it.
func TestThingSubject(t *testing.T) {
	e := engineOf(t, prairieStorm)
	checkAnswers(t, e, []answerCase{
		{"what crushed the van", []string{"A falling cottonwood."}, nil},
		{"what sparked the fire", []string{"A lightning strike."}, nil},
		{"what destroyed the barn", []string{"A fire."}, nil},
		{"what toppled the tree", []string{"The gusts."}, nil},
		{"what damaged the courthouse", []string{"Hail the size of golf balls."}, nil},
	})
}
