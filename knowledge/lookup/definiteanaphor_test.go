package lookup

import "testing"

// TestDefiniteAnaphor checks, on a short article written for this test,
// that "the lawsuit" refers back to the lawsuit an earlier sentence tells
// against the person asked about, so the sentence that tells who filed it
// answers "who filed the lawsuit against Delgado", while a noun the
// article gives another owner ("the group's lawyer") is not hers.
func TestDefiniteAnaphor(t *testing.T) {
	e := engineOf(t, "Council member faces lawsuit over park vote\n\n"+
		"EL PASO, Texas (AP) — City Council member Rosa Delgado faces a lawsuit over her vote to sell part of Elm Park to a developer, court records show.\n\n"+
		"The lawsuit was filed Tuesday by a neighborhood group, Friends of Elm Park, in state district court. The group's lawyer, Mark Bell, said the sale broke the city charter.\n\n"+
		"Delgado did not return calls seeking comment.\n")
	checkOpenings(t, e, []openingCase{
		{q: "who filed the lawsuit against delgado", want: []string{"neighborhood group"}},
		{q: "when was the lawsuit against delgado filed", first: "Tuesday"},
	})
	checkWantOrRefused(t, e, []wantCase{{q: "who is the lawyer for delgado"}})
}
