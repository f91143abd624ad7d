package lookup

import "testing"

// TestReactionOfDescribedGroup checks, on a short article written for
// this test, that "how did the nurses react" asks what the nurses said, as
// "what did the nurses say" does, and that a fronted phrase naming them
// ("In a memo to nurses, Dorsey wrote") does not make them the speaker.
func TestReactionOfDescribedGroup(t *testing.T) {
	e := engineOf(t, "Hospital to close maternity ward\n\n"+
		"BANGOR, Maine (AP) — Eastern Valley Hospital will close its maternity ward in June, its president, Carl Dorsey, said Monday.\n\n"+
		"In a memo to nurses, Dorsey wrote that the ward had lost money for six years.\n\n"+
		"Nurses who work on the ward called the decision \"a betrayal of every family in this valley.\"\n")
	checkAnswers(t, e, []answerCase{
		{"how did the nurses react", []string{"betrayal"}, []string{"lost money"}},
	})
}
