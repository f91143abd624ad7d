package lookup

import "testing"

// librarySchool is a short article written for this test, in no question
// set: a city as the doer of an act ("the city will pay"), a county as
// the place an act is done to, and a person doer named.
const librarySchool = `Town library to reopen after flood repairs

DUNMORE, Pa. (AP) — The Dunmore Public Library will reopen in May after repairs to its flooded basement, and the city will pay for new shelving, officials said Monday.

The flood in the county damaged 3,000 books last fall. Librarian Nora Keane said volunteers had already dried 900 of them.
`

func TestGovernedPlaceDoer(t *testing.T) {
	e := engineOf(t, librarySchool)
	checkAnswers(t, e, []answerCase{
		// the city, the subject of "will pay", stands for its government
		{"who is paying for the shelving", []string{"city"}, nil},
		// a person named as the doer stays the answer
		{"who dried the books", []string{"volunteers"}, []string{"county"}},
		// the county, the object of "in", is where the flood was, no doer
		{"who damaged the books", nil, []string{"county"}},
	})
}
