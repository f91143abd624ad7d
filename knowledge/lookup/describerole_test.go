package lookup

import "testing"

// harlowMuseum is a short article written for this test, in no question
// set: a role told by a title and a relative clause, and a courtesy title
// beside a role.
const harlowMuseum = `Stolen clock returns to museum

HARLOW, Mass. (AP) — Special Agent Rosa Quint, who leads the state police art squad, found the clock in a storage unit, police said.

"It is in good shape," said Dr. Lena Ortiz, the museum's chief conservator.

The case was first reported to Homeland Security Adviser Gen. Walt Brody.
`

func TestDescribeRoleClauses(t *testing.T) {
	checkOpenings(t, engineOf(t, harlowMuseum), []openingCase{
		// the relative clause postmodifies the title: no "the who leads"
		{"who is rosa quint", "Rosa Quint is the Special Agent who leads the state police art squad", nil, []string{"the who"}},
		// a courtesy title is how she is addressed, not a role beside her own
		// a rank before the name ends the title: the role is what comes before it
		{"who is walt brody", "Walt Brody is the Homeland Security Adviser.", nil, nil},
		{"who is lena ortiz", "Lena Ortiz is the museum's chief conservator. \"", nil, []string{"also calls"}},
	})
}
