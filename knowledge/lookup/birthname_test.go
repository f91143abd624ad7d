package lookup

import "testing"

// shelterObituary is a short article written for this test and in no
// question set: a woman's name at birth given by an opening "Born".
const shelterObituary = "Shelter founder dies at 88\n\n" +
	"TOLEDO, Ohio (AP) — Joan Marlow, who opened a shelter for women, died Friday. She was 88.\n\n" +
	"Born Mary Joan Kessler on May 2, 1937, in Lima, Ohio, she worked as a nurse for 20 years.\n"

// TestBirthNameAsked: "maiden name" and "name at birth" ask the name
// after an opening "Born" (birthname.go).
func TestBirthNameAsked(t *testing.T) {
	e := engineOf(t, shelterObituary)
	checkOpenings(t, e, []openingCase{
		{q: "what was her maiden name", first: "Mary Joan Kessler"},
		{q: "what was joan marlow's name at birth", first: "Mary Joan Kessler"},
	})
}
