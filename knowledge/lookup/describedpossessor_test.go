package lookup

import "testing"

// dunmoreBudget is a short article written for this test, in no
// question set: a holder introduced by a relation to another person
// through a pronoun ("her spokeswoman, Iris Tamm"), the other person by a
// title ("Mayor Nell Voss").
const dunmoreBudget = `Dunmore mayor signs budget

DUNMORE, Pa. (AP) — Mayor Nell Voss signed the city's $80 million budget on Monday.

Voss, a Democrat, will hold a news conference on Tuesday, her spokeswoman, Iris Tamm, said.
`

// TestDescribedPossessor checks that "the mayor's spokeswoman" is the
// person introduced as the mayor's spokeswoman, not the mayor, and that
// a possessor no one is ("the judge's spokeswoman") resolves to no one.
func TestDescribedPossessor(t *testing.T) {
	e := engineOf(t, dunmoreBudget)
	checkOpenings(t, e, []openingCase{
		{"who is the mayor's spokeswoman", "Iris Tamm", nil, []string{"Nell Voss."}},
	})
	checkAnswers(t, e, []answerCase{
		{"who is the judge's spokeswoman", nil, []string{"Iris Tamm", "Nell Voss"}},
	})
}
