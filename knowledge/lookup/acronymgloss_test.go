package lookup

import "testing"

// tickDisease is a short article written for this test, in no question
// set: initialisms spelled out beside them, after ", or" and in
// parentheses.
const tickDisease = `Tick illness cases rise in Maine

AUGUSTA, Maine (AP) — Cases of EEE, or eastern equine encephalitis, rose to 12 this year, state health officials said Friday.

Doctors also reported 40 cases of anaplasmosis, which is carried by ticks, and 3 cases of Rocky Mountain spotted fever (RMSF).
`

// "What is X" and "what does X stand for", asked of an initialism, are
// answered by the words beside it whose initials spell it.
func TestAcronymGloss(t *testing.T) {
	e := engineOf(t, tickDisease)
	checkAnswers(t, e, []answerCase{
		{"what is eee", []string{"EEE stands for eastern equine encephalitis."}, nil},
		{"what does EEE stand for", []string{"eastern equine encephalitis"}, nil},
	})
}
