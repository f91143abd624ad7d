package lookup

import "testing"

// zoningHearing is a short article written for this test, in no
// question set: a count before two coordinated plural heads, and one
// before heads counted apart.
const zoningHearing = `Zoning plan draws crowd

More than 90 residents and business owners spoke against the zoning plan at Tuesday's hearing, which lasted four hours.

The bus carried 30 students and two teachers.
`

// TestSharedHeadCount: "more than 90 residents and business owners"
// counts both heads together, so the answer keeps the second; "30
// students and two teachers" counts the students alone.
func TestSharedHeadCount(t *testing.T) {
	checkOpenings(t, engineOf(t, zoningHearing), []openingCase{
		{"how many people spoke at the hearing", "More than 90 residents and business owners.", nil, nil},
		{"how many students were on the bus", "30 students. ", nil, nil},
	})
}
