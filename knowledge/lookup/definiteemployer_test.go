package lookup

import "testing"

// A short story naming a spokeswoman's employer by its head noun on
// second reference.
const definiteEmployerStory = `Plant closing to cost 300 jobs

ERIE, Pa. (AP) — A paper mill will close in March, putting 300 people out of work.

The state Labor Department received the closing notice Monday, said Ada Reyes, a spokeswoman for the department.
`

func TestDefiniteEmployer(t *testing.T) {
	e := engineOf(t, definiteEmployerStory)
	checkAnswers(t, e, []answerCase{
		{"who does ada reyes work for", []string{"Labor Department."}, nil},
		{"what agency is reyes with", []string{"Labor Department."}, nil},
	})
}
