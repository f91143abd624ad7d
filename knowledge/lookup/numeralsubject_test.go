package lookup

import "testing"

// bankRobbery is a short article written for these tests, in no question
// set: people counted by a numeral alone as a passive verb's subject,
// beside animals told of the same kind of act.
const bankRobbery = `Police arrest suspects in bank robbery

DAYTON, Ohio (AP) — Police questioned five men after a bank robbery Monday, and two were arrested on robbery charges, Chief Ray Olsen said.

A police dog was injured during the chase.
`

// TestNumeralSubjectIsPeople: "two were arrested" tells of people, whose
// noun the numeral leaves out, so it answers whether anyone was; an
// animal told of an act still says nothing of people.
func TestNumeralSubjectIsPeople(t *testing.T) {
	e := engineOf(t, bankRobbery)
	checkOpenings(t, e, []openingCase{
		{"did anyone get arrested", "Yes", []string{"two were arrested"}, nil},
		{"was anyone injured", "The article does not say so", nil, nil},
	})
}
