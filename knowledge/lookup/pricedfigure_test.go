package lookup

import "testing"

// A story that states what a job cost only by a sum before its noun,
// followed by a participle clause ("a $450,000 repair paid for by ..."),
// and writes the verb "cost" of another, smaller sum.
const pricedFigureStory = `Courthouse clock ticks again

LEBANON, Ohio (AP) — The Warren County courthouse clock is keeping time again after a $450,000 repair paid for by a local foundation, county officials said Thursday.

The clock had been stopped since a lightning strike in 2019.

Visitors can climb the tower on weekends. Tours cost $5 for adults.
`

func TestPriceStatedBeforeItsNoun(t *testing.T) {
	e := engineOf(t, pricedFigureStory)
	checkOpenings(t, e, []openingCase{
		// "fix" is a synonym of "repair" (WordNet repair.v.01); the sum
		// before "repair" is what the repair cost, though the sentence
		// never writes "cost" and "paid" opens a clause after the head
		{"how much did it cost to fix", "$450,000", nil, []string{"$5"}},
		{"how much did the fix cost", "$450,000", nil, []string{"$5"}},
		{"how much did the tours cost", "$5", nil, []string{"$450,000"}},
	})
}
