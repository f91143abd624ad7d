package lookup

import "testing"

// paperResults is a short article written for these tests, in no
// question set: changes told with the level they reached ("fell 6% to
// $410 million"), and what analysts had expected in the past perfect.
const paperResults = `Mallory Paper sales fall; analysts had hoped for more

GRANVILLE, Wis. (AP) — Mallory Paper Co. said Tuesday that its sales fell 6% to $410 million in the second quarter.

Analysts polled by Zacks had expected sales of $432 million and a profit of 51 cents per share.

The company's profit rose 2% to $38 million.

Its shares dropped $1.20 to $19.40 on the Nasdaq.

Export revenue slipped 4% to $52 million. The company had forecast export revenue of $55 million.
`

func TestPastPerfectEstimateIsWhatWasExpected(t *testing.T) {
	checkOpenings(t, engineOf(t, paperResults), []openingCase{
		// "had expected sales of $432 million": the figure expected
		{"how much in sales were analysts expecting", "$432 million", nil, nil},
		{"how much did analysts expect in sales", "$432 million", nil, nil},
	})
}
