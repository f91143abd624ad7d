package lookup

import "testing"

// libraryOpening is a short article written for this test, in no question
// set: a doer named before a "whose" clause, and a doer the article names
// only by a kind of person.
const libraryOpening = `Town opens new library

MILLBROOK, Vt. (AP) — Millbrook opened its new public library Saturday, three years after the old one burned.

Pat Okonjo, whose firm built the library on Main Street, said the work finished two weeks early.

Two contractors built the parking lot behind it, the town manager said.
`

// "Who built the library" is the antecedent "whose" stands for, not
// "whose firm"; a doer the article names only by a kind of person is
// still that description.
func TestGenitiveRelativeDoer(t *testing.T) {
	e := engineOf(t, libraryOpening)
	checkOpenings(t, e, []openingCase{
		{q: "who built the library on main street", first: "Pat Okonjo", not: []string{"Whose firm"}},
		{q: "who built the parking lot", first: "Two contractors", want: []string{"does not name them"}},
	})
}
