package lookup

import "testing"

// puzzleRecall is a short article written for this test, in no question
// set: two sums, one of them a range, each the cost of the noun that is
// the subject of "cost" or the price the thing sold for.
const puzzleRecall = `Toymaker recalls wooden puzzles

BANGOR, Maine (AP) — Lakeside Toys is recalling about 90,000 wooden puzzles because small pieces can break off, the company said Monday.

The puzzles were sold at toy stores for about $25. Lakeside said it expects the recall to cost between $2 million and $3 million.
`

func TestCostSubject(t *testing.T) {
	e := engineOf(t, puzzleRecall)
	checkAnswers(t, e, []answerCase{
		// "the recall to cost": the recall's cost, neither end of it the puzzles'
		{"how much did the puzzles cost", []string{"$25"}, []string{"$2 million.", "$3 million."}},
		{"how much will the recall cost", []string{"$2 million"}, nil},
	})
}
