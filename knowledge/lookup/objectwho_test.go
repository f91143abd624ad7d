package lookup

import "testing"

// harlowPrincipal is a short article written for this test, in no
// question set: the one hired is the verb's object in the lead, and a
// later sentence names someone beside the noun "hire".
const harlowPrincipal = `Harlow schools pick principal

HARLOW, Iowa (AP) — The Harlow school board on Monday hired Mia Torres, a teacher from Ames, to lead Harlow High School.

Parent leader Joe Banks said he welcomed the hire. Torres replaces Len Ruiz, who retired.
`

// "Who did they hire" asks for the object of "hire" (do-support, Quirk
// et al., §11.14): the one hired, not someone named beside "the hire".
func TestObjectWhoQuestion(t *testing.T) {
	e := engineOf(t, harlowPrincipal)
	checkOpenings(t, e, []openingCase{
		{q: "who did they hire", first: "Mia Torres"},
		{q: "who does torres replace", first: "Len Ruiz"},
	})
}

// An object question with a named subject takes the object of that
// subject's act only: "the board interviewed four candidates and praised
// Ruiz's work" names no one the board interviewed.
func TestObjectWhoNotPossessor(t *testing.T) {
	e := engineOf(t, harlowPrincipal+"\nThe board interviewed four candidates and praised Ruiz's work.\n")
	checkAnswers(t, e, []answerCase{
		{"who did the board interview", nil, []string{"Len Ruiz."}},
	})
}
