package lookup

import "testing"

// pineHillScores is a short article written for this test, in no question
// set: a school beside a body whose name ends in an of-phrase ("New York
// Department of Education") and one whose name holds "School" before its
// head ("Pine Hill City School District"), neither of them a school.
const pineHillScores = `Pine Hill reading scores rise

TROY, N.Y. (AP) — Reading scores rose 6 points at Maple Street School this spring, according to figures the New York Department of Education released Monday.

The Pine Hill City School District will add a reading coach at every school next year, officials said.
`

func TestNameHeadsItsKind(t *testing.T) {
	checkAnswers(t, engineOf(t, pineHillScores), []answerCase{
		{"which school had reading scores go up", []string{"Maple Street School."}, []string{"and New York Department"}},
		{"which school will add a reading coach", nil, []string{"District."}},
	})
}
