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

func TestChangeLevelIsTheSubjectsAmount(t *testing.T) {
	checkOpenings(t, engineOf(t, paperResults), []openingCase{
		// the level after "to" is the sales' amount, not the analysts' figure
		{"how much were sales", "$410 million", nil, []string{"$432"}},
		{"how big were the company's sales", "$410 million", nil, []string{"$432"}},
		// a change asked is the change, not the level it reached
		{"how much did sales fall", "6%", nil, nil},
		{"how much did profit rise", "2%", nil, nil},
		// unless the question asks where it went
		{"how much did sales fall to", "$410 million", nil, nil},
		// a percentage and a sum are no range: a change and its level,
		// whatever the verb
		{"how much was export revenue", "$52 million", nil, []string{"$55"}},
	})
}

func TestPastPerfectEstimateIsWhatWasExpected(t *testing.T) {
	checkOpenings(t, engineOf(t, paperResults), []openingCase{
		// "had expected sales of $432 million": the figure expected
		{"how much in sales were analysts expecting", "$432 million", nil, nil},
		{"how much did analysts expect in sales", "$432 million", nil, nil},
	})
}
