package lookup

import "testing"

// harborLofts is a short article written for this test, in no question
// set: a count given as a compound modifier whose noun is a unit of
// length, a count of "a half-dozen", and a real-estate firm that "the
// company" refers back to.
const harborLofts = `Developer buys waterfront lofts

Marlow Realty said Monday it had bought the Harbor Lofts, a seven-story brick building on Dock Street.

The building's owner, Marlow Realty, plans to add a rooftop garden. The company owns a half-dozen buildings downtown.
`

// TestCompoundUnitCount: "how many stories" is read out as a count in
// the plural, not as the compound ("seven-story"); "a half-dozen" is six;
// the firm named "… Realty" is a company, which "the company" refers to.
func TestCompoundUnitCount(t *testing.T) {
	checkOpenings(t, engineOf(t, harborLofts), []openingCase{
		{"how many stories is the Harbor Lofts", "Seven stories.", nil, nil},
		{"who owns a half-dozen buildings", "Marlow Realty.", nil, nil},
		{"how many buildings does Marlow Realty own", "A half-dozen buildings.", nil, nil},
	})
}
