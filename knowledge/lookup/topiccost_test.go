package lookup

import "testing"

// seawall is a short article written for this test, in no question set:
// the thing the story is about is priced by a sum premodifying its noun,
// and the article's other sums are a grant and a fine.
const seawall = `Town to build seawall

NEWPORT, Ore. (AP) — Newport will build a seawall along its north beach to stop erosion that has swallowed two homes, the city council decided Monday.

A $2 million state grant will help pay for the work. The $14.5 million wall will rise 12 feet above the sand.

A contractor was given a $5,000 fine last year for dumping sand on the beach.
`

// TestCostOfTheTopic: "how much will it cost", with no antecedent for
// "it", asks the cost of what the story is about: the sum premodifying a
// priced thing's noun, not a grant or a fine.
func TestCostOfTheTopic(t *testing.T) {
	checkAnswers(t, engineOf(t, seawall), []answerCase{
		{"how much will it cost", []string{"$14.5 million."}, []string{"$2 million.", "$5,000."}},
	})
}
