package lookup

import "testing"

// millProfit is a short article written for this test, in no question
// set: changes told beside verbs of change, up and down, a sum paid that
// is no change, and a change after "by" beside the level it reached.
const millProfit = `Mill profits climb as costs ease

BANGOR, Maine (AP) — Northwood Paper said Tuesday its quarterly profit climbed 18% to $42 million.

Costs at the company's two mills fell 6% in the quarter. The company paid $3 a share in dividends.

Northwood's revenue grew by a third over the year, to $510 million.
`

// "How much did X drop" asks the size of a change: the figure beside a
// verb of change the same way ("fell 6%", "grew by a third"), not a sum
// paid nor the level the change reached.
func TestSizeOfAChange(t *testing.T) {
	e := engineOf(t, millProfit)
	checkAnswers(t, e, []answerCase{
		{"how much did costs drop", []string{"6%"}, []string{"$3"}},
		{"how much did costs go down", []string{"6%"}, []string{"$3"}},
		{"how much did revenue grow", []string{"A third"}, []string{"$510 million. Northwood"}},
		{"how much did profit go up", []string{"18%"}, nil},
	})
}
