package lookup

import "testing"

// pigeonTrainer is a short article written for this test, in no question
// set: a named animal, written only with its capital, as the object of
// the second of two coordinated clauses with a time each.
const pigeonTrainer = `Pigeon wins 300-mile race

MILLBROOK, Pa. (AP) — A racing pigeon named Copper won the state's 300-mile race Sunday.

Voss, a retired mail carrier, bought Copper's parents in 2019 and started training him in April of his first year.
`

// A lower-case name ending a when-question is its object: the verb
// before it is asked, and the time in that verb's own clause answers,
// not the first clause's year.
func TestWhenVerbBeforeLowerCaseName(t *testing.T) {
	e := engineOf(t, pigeonTrainer)
	checkAnswers(t, e, []answerCase{
		{"when did she start training copper", []string{"In April"}, []string{"2019."}},
		{"when did voss buy copper's parents", []string{"2019"}, nil},
	})
}
