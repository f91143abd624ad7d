package lookup

import "testing"

// parkingDeal is a short article written for this test, in no question
// set: two sums of one noun told apart by their premodifiers, the second
// in the phrase "instead of" opens.
const parkingDeal = `Town signs parking deal with garage operator

BELLWAY, Ore. (AP) — The Bellway town council on Tuesday accepted a fixed fee of $2.4 million instead of monthly fees of $30,000 for eight years from the company that will run its new parking garage.

Mayor Ruth Okafor said the town would use the money to repave Main Street.
`

func TestAmountModifierTellsSumsApart(t *testing.T) {
	e := engineOf(t, parkingDeal)
	checkOpenings(t, e, []openingCase{
		{"how much were the monthly fees", "$30,000", nil, nil},
		{"how much was the fixed fee", "$2.4 million", nil, nil},
	})
}
