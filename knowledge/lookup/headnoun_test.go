package lookup

import "testing"

// chemicalFire is a short article written for this test, in no question
// set: the alternative's head noun "order", a word that elsewhere frames
// a question ("in what order"), tells the event as the verb "ordered".
const chemicalFire = `Chemical fire forces residents out

DALTON, Ga. (AP) — A chemical fire burned at a carpet plant in Dalton on May 9.

Fire Chief Ana Ruiz ordered residents within a mile to leave early on May 10.

The evacuation order will stay in place until at least May 12.

Families from the evacuation zone slept at a high school gym. The Red Cross said evacuation shelters had room for 300 people.
`

// TestHeadNoun checks that the head noun of an alternative counts even
// when it is a word that frames questions.
func TestHeadNoun(t *testing.T) {
	e := engineOf(t, chemicalFire)
	checkAnswers(t, e, []answerCase{
		{"which happened first, the fire or the evacuation order", []string{"Fire came first (on May 9)", "May 10"}, nil},
	})
}
