package lookup

import "testing"

// schoolUpgrade is a short article written for this test, in no question
// set: sums given in an adjunct "at a cost of" after the clause whose act
// spent them.
const schoolUpgrade = `District finishes school upgrades before fall term

DOVER, Del. (AP) — The Kent Valley School District replaced the roof of its high school this summer at a cost of $1.8 million, Superintendent Paula Grant, 55, said Monday.

The district also bought 40 electric buses in June at a total cost of $14 million, most of it paid by a federal grant.

Workers repainted the gym at an estimated cost of $90,000, Grant said.

Classes begin Aug. 28.
`

// TestAdjunctPrice checks that "how much did X cost" is answered by a sum
// in "at a cost of" when X is what the clause before it made or bought,
// and that the sum stays with its own clause.
func TestAdjunctPrice(t *testing.T) {
	checkOpenings(t, engineOf(t, schoolUpgrade), []openingCase{
		{"how much did the new roof cost", "$1.8 million.", nil, nil},
		{"how much did the buses cost", "$14 million.", nil, nil},
		{"how much did painting the gym cost", "$90,000.", nil, nil},
	})
}
