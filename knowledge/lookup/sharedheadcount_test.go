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

// mapleMill is a short article written for this test, in no question
// set: a count followed by "and" and a second verb with its object.
const mapleMill = `Sugarhouse marks 50 years

ST. ALBANS, Vt. — The Tessier family sugarhouse employs nine people and taps 6,000 maple trees on its hillside each spring.
`

// TestCoordinatedPredicateIsNoHead checks that a verb in -s after "and"
// with its object after it is not read as a second counted head.
func TestCoordinatedPredicateIsNoHead(t *testing.T) {
	checkOpenings(t, engineOf(t, mapleMill), []openingCase{
		{"how many people does the sugarhouse employ", "Nine people. ", nil, nil},
	})
}
