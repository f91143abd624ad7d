package lookup

import "testing"

// streetRepaving is a short article written for this test, in no question
// set: three sums each set before "cost of" what they price.
const streetRepaving = `City to repave Main Street

RIVERTON, Wyo. (AP) — The city will repave Main Street this summer, Mayor Jane Holt said Tuesday.

The city will pay the $1.4 million cost of the work from its road fund.

The state will cover the $300,000 cost of new signals, and the county will pay the $80,000 cost of planting trees.

Work begins June 1.
`

// TestPriceNounOf checks that "how much does X cost" is answered by "the
// $N cost of X": the sum before a noun of price is the price of what its
// of-phrase names, and of no other noun of the sentence.
func TestPriceNounOf(t *testing.T) {
	checkOpenings(t, engineOf(t, streetRepaving), []openingCase{
		{"how much does the work cost", "$1.4 million.", nil, nil},
		{"how much do the new signals cost", "$300,000.", nil, nil},
		{"how much will the trees cost", "$80,000.", nil, nil},
		{"what's the cost of the signals", "$300,000.", nil, nil},
	})
}
