package lookup

import "testing"

// kestonCuts is a short article written for this test, in no question
// set: city bodies written in lower case by their function, and a
// sentence with the question's verb but no department.
const kestonCuts = `Keston trims spending

KESTON, Neb. (AP) — The Keston City Council on Thursday approved a budget that should have cut spending sooner, Mayor Ivy Caldwell said.

The budget trims $410,000 from the fire department and freezes hiring in the planning office.
`

// "Which department" asks for a body the article may name only by its
// generic noun: "the fire department", found through the synonym the
// article uses for the verb ("trims" for "cut"); one the article does not
// tell of stays unanswered.
func TestWhichDepartmentByGenericName(t *testing.T) {
	e := engineOf(t, kestonCuts)
	checkWantOrRefused(t, e, []wantCase{
		{"which department is being cut", "The fire department"},
		{"what department does the budget trim", "The fire department"},
		{"which department is getting more money", ""},
	})
}
