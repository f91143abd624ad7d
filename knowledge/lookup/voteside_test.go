package lookup

import "testing"

// harlanPool is a short article written for this test, in no question
// set: a vote told by "voted no" and "voting yes", with no "for" or
// "against".
const harlanPool = `Harlan council approves pool repairs

HARLAN, Iowa (AP) — The Harlan City Council voted 4-1 on Monday to spend $600,000 repairing the city pool.

Council member Joan Pryce voted no, saying the money should go to roads.

Council member Eli Varga, who had opposed the plan in March, joined the majority in voting yes.
`

// TestVoteYesNoSides checks that a vote's "no" is its side against and its
// "yes" its side for: "who voted against the repairs" and "who voted no"
// are answered by the member who voted no, not by the council's 4-1.
func TestVoteYesNoSides(t *testing.T) {
	e := engineOf(t, harlanPool)
	checkAnswers(t, e, []answerCase{
		{"who voted against the repairs?", []string{"Joan Pryce"}, nil},
		{"who voted no", []string{"Joan Pryce"}, nil},
		{"who voted yes", []string{"Eli Varga"}, nil},
	})
}
