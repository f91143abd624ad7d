package lookup

import "testing"

// aqueductRepair is a short article written for this test, in no
// question set: a thing the headline calls aging whose age the article
// never gives, and a people's average age.
const aqueductRepair = `County votes to repair aging Mill Run aqueduct

BRASHER, Pa. (AP) — The Brasher County board voted Tuesday to repair the Mill Run aqueduct, which carries water to 9,000 homes.

The average age of the board's members is 58, the clerk said.
`

// "how old" is answered by an age, never by a passage without a figure.
func TestHowOldNeedsAFigure(t *testing.T) {
	e := engineOf(t, aqueductRepair)
	checkAnswers(t, e, []answerCase{
		{"how old is the aqueduct", nil, []string{"voted Tuesday", "aging Mill Run"}},
		{"how old are the board members on average", []string{"58"}, nil},
	})
}
