package lookup

import "testing"

// TestStrandedGoalAsksNoPerson checks that the stranded-preposition rule
// for places and bodies does not answer a which-question about people
// with the name after the preposition: the envoy met a general, not an
// ambassador, on a short article written for this test.
func TestStrandedGoalAsksNoPerson(t *testing.T) {
	e := engineOf(t, "Envoy's talks draw scrutiny\n\nWASHINGTON (AP) — The Chilean ambassador, Rosa Vidal, held private talks with Army Chief of Staff Gen. Mark Dunne last month, officials said.\n\nVidal also met Ambassador Pierre Lenoir of France in May.\n")
	checkAnswers(t, e, []answerCase{
		{"which ambassadors did vidal have talks with", nil, []string{"Army Chief."}},
		{"which generals did vidal hold talks with", nil, []string{"Army Chief."}},
	})
}
