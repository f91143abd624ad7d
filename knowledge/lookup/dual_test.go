package lookup

import "testing"

// chessFinal is a short article written for this test, in no question
// set: the headline names the two players, and each one's time used is
// told in a sentence of its own.
const chessFinal = `Novak beats Ferreira in rapid chess final

TALLINN, Estonia (AP) — Anna Novak won the rapid chess final on Sunday after a long endgame.

Novak used 14 minutes on her clock in the last game. Luisa Ferreira used 23 minutes on hers.

Ferreira said she would play again next year.
`

// TestBothPlayers: "both players" are the two people the headline names,
// and the question is asked of each.
func TestBothPlayers(t *testing.T) {
	e := engineOf(t, chessFinal)
	checkAnswers(t, e, []answerCase{
		{"how many minutes did both players use?", []string{"14 minutes", "23 minutes"}, nil},
		{"time used on the clock by both players", []string{"14 minutes", "23 minutes"}, nil},
	})
	if got := e.dualParts("how long were both games?"); got != nil {
		t.Errorf("\"both games\" is no pair of people, yet split into %q", got)
	}
}
