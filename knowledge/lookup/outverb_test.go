package lookup

import "testing"

// TestOutVerbBeatsAtTheAct checks that an out- verb ("outhit") answers
// who won at its base act ("the hitting battle"), and that it stands for
// winning only when the question names that act.
func TestOutVerbBeatsAtTheAct(t *testing.T) {
	e := engineOf(t, "Monroe Central edges Westfield Tech\n\nMONROE, Mich. (AP) — Monroe Central won 4-3 over Westfield Tech on Friday night behind two home runs from Tia Lund.\n\nWestfield Tech outhit Monroe Central 12-5 but left 11 runners on base.\n")
	checkAnswers(t, e, []answerCase{
		{"who won the hitting battle", []string{"Westfield Tech", "12-5"}, nil},
		{"who won on friday", []string{"Monroe Central"}, []string{"12-5"}},
	})
}
