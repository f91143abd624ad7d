package lookup

import "testing"

// TestKindByHyponym checks that "what kind of N" is answered with the
// article's own name of a kind of N, not with a verb after a relative
// "that", on a short article written for this test.
func TestKindByHyponym(t *testing.T) {
	e := engineOf(t, "Shelter takes in stray\n\nDALTON, Ga. (AP) — A young gray wolf was found near a highway on Friday, the first wolf found in the county in a century, wildlife officials said.\n\nThe state runs a rescue network that moves animals among nine shelters. A male pup found last year died in the spring.\n")
	checkAnswers(t, e, []answerCase{
		{"what kind of animal was found", []string{"wolf"}, []string{"Moves animals", "Male", "Pup."}},
	})
}
