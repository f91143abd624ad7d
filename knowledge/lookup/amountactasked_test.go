package lookup

import "testing"

// pineRidgePool is a short article written for this test, in no question
// set: sums near a treasurer and a manager that are the amounts of other
// acts, and a fall told by its noun.
const pineRidgePool = `Pine Ridge closes pool for summer

PINE RIDGE, Vt. (AP) — Pine Ridge will keep its town pool closed this summer, a move that will save $85,000, Treasurer Ada Brill said Monday.

Swimming lessons will move to the high school, Parks Manager Cole Vance said. He said the town spent $12,000 on repairs last year.

Town officials blamed a 9% decline in meals tax receipts.
`

// "How much does X make/earn" asks the figure of that act; a sum beside
// X's name that another verb governs is no answer, and the act told by
// its noun ("a 9% decline") still answers.
func TestHowMuchAsksTheVerbsAmount(t *testing.T) {
	e := engineOf(t, pineRidgePool)
	checkWantOrRefused(t, e, []wantCase{
		{"how much does the treasurer make", ""},
		{"how much does the parks manager earn a year", ""},
		{"how much will closing the pool save", "85,000"},
		{"how much did meals tax receipts fall", "9%"},
	})
}
