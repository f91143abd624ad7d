package lookup

import "testing"

// A story in which a verb of payment takes a time as its object ("spent
// three winters") and a sum of money beside it.
const spentTimeStory = `Boatbuilder finishes replica canoe

BAYFIELD, Wis. (AP) — A boatbuilder has finished a birchbark canoe for the county museum, which paid $14,000 for the work.

Sam Okoro, 52, spent two years stitching the bark by hand in a shed behind his house.

The museum spent $2,500 more on a case to display it.
`

func TestHowLongSpentIsATime(t *testing.T) {
	e := engineOf(t, spentTimeStory)
	checkOpenings(t, e, []openingCase{
		// "spend" is a verb of payment, but "how long" grades no sum
		{"how long did okoro spend on the canoe", "Two years", nil, []string{"$14,000", "$2,500"}},
		// a sum is still asked by "how much"
		{"how much did the museum spend on the case", "$2,500", nil, nil},
	})
}
