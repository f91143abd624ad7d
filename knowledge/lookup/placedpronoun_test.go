package lookup

import "testing"

// TestPlaceNamedNextKeepsPronoun checks, on a short article written for
// this test, that a sentence after a woman's naming keeps its "she" for
// her though it names a town: "he" and "she" stand for people, so a place
// named in the next sentence does not stop it from telling her gender,
// and the "his" of the man who showed her the photos does not make her a
// man. "Who emailed the museum" is then the woman, and the "she" is not
// carried back past her to the unnamed ranch hand of the lead.
func TestPlaceNamedNextKeepsPronoun(t *testing.T) {
	e := engineOf(t, "Ranch hand's find is a new dinosaur\n\n"+
		"GLASGOW, Mont. (AP) — A ranch hand riding after stray cattle found a dinosaur skull in a dry creek bed in August.\n\n"+
		"He took photos with his phone and showed them to the ranch's owner, Dale Pruett. She emailed them to the museum in Glasgow before she went to bed.\n\n"+
		"The museum plans to show the skull next year.\n")
	x := e.r.entityNamed("Dale Pruett")
	if x < 0 {
		t.Fatal("Dale Pruett not read as an entity")
	}
	if g := e.r.ents[x].gender; g != 'f' {
		t.Errorf("Dale Pruett's gender read as %q, want 'f'", g)
	}
	checkAnswers(t, e, []answerCase{
		{"who emailed the museum", []string{"Pruett"}, nil},
		{"who emailed the photos to the museum", []string{"She emailed"}, []string{"ranch hand;"}},
	})
}
