package lookup

import "testing"

// poolLeak is a short article written for this test, in no question set:
// a leak of a chemical no sentence measures, a fine and a contract in
// sentences that do not name it (one in the paragraph that does), and a
// sum paid for fuel.
const poolLeak = `Acid leak closes Dunmore pool

DUNMORE, Pa. (AP) — Hydrochloric acid leaked from a storage room at the Dunmore municipal pool Thursday, sending five swimmers to a hospital with eye irritation.

The acid is used to balance the water's pH.

A pump seal failed as a worker was refilling the tank, the fire chief said. The pool will stay closed through Monday.

It was the pool's second acid spill in two years. A smaller leak in 2023 burned a lifeguard, and state regulators fined the pool's operator, Bluecrest Aquatics, $7,500. The leak will be repaired by Bluecrest, which the borough pays $210,000 a year to run the pool.

The borough bought $4,000 worth of diesel for its backup generators last month.
`

// A sum of money measures a substance only as the price of what its
// sentence names: "how much acid leaked" is not answered by a fine or a
// contract, while "how much diesel did the borough buy" takes the sum
// spent on diesel, and a sum asked of no substance ("how much was the
// fine") is still the sum.
func TestSumIsNoMeasureOfAnotherSubstance(t *testing.T) {
	e := engineOf(t, poolLeak)
	checkAnswers(t, e, []answerCase{
		{"how much acid leaked", nil, []string{"7,500", "210,000", "4,000"}},
		{"how much acid got out", nil, []string{"7,500", "210,000", "4,000"}},
		{"how much diesel did the borough buy", []string{"4,000"}, nil},
		{"how much was bluecrest fined", []string{"7,500"}, nil},
	})
}
