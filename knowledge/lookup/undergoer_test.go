package lookup

import "testing"

// "What happened to X" is answered by the sentence in which X undergoes
// an act, not by the one in which X acts on something else.
func TestHappenedToTheUndergoer(t *testing.T) {
	e := engineOf(t, "Clinic mix-up probed\n\nLORNE, Vt. (AP) — State officials are investigating a mix-up at the Lorne Family Clinic last week. Nurses gave the wrong doses. After a review of the records by state officials on Monday, the clinic suspended two nurses without pay. Nurse Dana Cole later called the families. The patients were sent home and no one fell ill.\n")
	checkAnswers(t, e, []answerCase{
		{"what happened to the nurses", []string{"suspended two nurses"}, []string{"gave the wrong"}},
		{"what happened to the patients", []string{"sent home"}, nil},
		// a name that only acts is still told, when nothing else holds it
		{"what happened to dana cole", []string{"called the families"}, nil},
	})
}
