package lookup

import "testing"

// floodRescues is a short article written for this test, in no question
// set: two coordinated counts each placed by its own "in" phrase, the
// second leaving out the noun the first gives.
const floodRescues = `Flooding forces rescues across two counties

DOVER, Del. (AP) — Swift-water crews rescued 14 people in Dover and nine in Milford on Sunday after 6 inches of rain fell in less than a day, state officials said.

The storm knocked out power to 21,000 customers in Kent County and 8,500 in Sussex County at its peak, according to Delmarva Power.

Gov. Ellen Marsh, 63, declared a state of emergency Sunday night.
`

func TestElidedHeadCountsTheFirstNoun(t *testing.T) {
	checkOpenings(t, engineOf(t, floodRescues), []openingCase{
		// "nine in Milford" is nine people: the numeral leaves out the noun of "14 people"
		{"how many people were rescued in milford", "Nine", nil, nil},
		{"how many customers lost power in sussex county", "8,500", nil, nil},
		{"how many customers lost power in kent county", "21,000", nil, nil},
	})
}
