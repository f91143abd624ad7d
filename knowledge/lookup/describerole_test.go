package lookup

import "testing"

// harlowMuseum is a short article written for this test, in no question
// set: a role told by a title and a relative clause, and a courtesy title
// beside a role.
const harlowMuseum = `Stolen clock returns to museum

HARLOW, Mass. (AP) — Special Agent Rosa Quint, who leads the state police art squad, found the clock in a storage unit, police said.

"It is in good shape," said Dr. Lena Ortiz, the museum's chief conservator.
`

func TestDescribeRoleClauses(t *testing.T) {
	checkOpenings(t, engineOf(t, harlowMuseum), []openingCase{
		// the relative clause postmodifies the title: no "the who leads"
		{"who is rosa quint", "Rosa Quint is the Special Agent who leads the state police art squad", nil, []string{"the who"}},
		// a courtesy title is how she is addressed, not a role beside her own
		{"who is lena ortiz", "Lena Ortiz is the museum's chief conservator. \"", nil, []string{"also calls"}},
	})
}
