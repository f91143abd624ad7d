package lookup

import "testing"

// harlowMuseum is a short article written for this test, in no question
// set: a role told by a title and a relative clause, and a statement
// closed by its attribution after a noun phrase.
const harlowMuseum = `Stolen clock returns to museum

HARLOW, Mass. (AP) — Special Agent Rosa Quint, who leads the state police art squad, found the clock in a storage unit, police said.

"It is like seeing an old friend," said curator Ned Ames.

The clock will go to a repair shop in Boston for cleaning, Ames said.
`

func TestDescribeRoleClauses(t *testing.T) {
	checkOpenings(t, engineOf(t, harlowMuseum), []openingCase{
		// the relative clause postmodifies the title: no "the who leads"
		{"who is rosa quint", "Rosa Quint is the Special Agent who leads the state police art squad", nil, []string{"the who"}},
		// "…, Ames said": the phrase before the comma is what he said, not what he is
		{"who is ned ames", "", []string{"curator"}, []string{"repair shop in Boston for cleaning."}},
	})
}
