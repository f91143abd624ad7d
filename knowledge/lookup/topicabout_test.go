package lookup

import "testing"

// "What is the N about" is answered by the thing's first reference, which
// tells its subject, not by a later sentence that refers back to it.
func TestWhatIsTheThingAbout(t *testing.T) {
	e := engineOf(t, "Parents sue Wexford schools\n\nWEXFORD, Pa. (AP) — Three parents have filed a petition asking the Wexford school board to restore bus service to the Glen Park neighborhood. The board will take up the petition in June. Board President Lou Gant declined to discuss the petition.\n")
	checkAnswers(t, e, []answerCase{
		{"what is the petition about", []string{"restore bus service"}, []string{"declined"}},
		{"so whats that petition about", []string{"restore bus service"}, []string{"declined"}},
	})
}
