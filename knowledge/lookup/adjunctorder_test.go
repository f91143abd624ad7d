package lookup

import "testing"

// kettleSales is a short article written for this test, in no question
// set: the time of a sale ends a long chain of places after its verb.
const kettleSales = `Kettle maker recalls 20,000 units

DORSEY, Ore. (AP) — Pellham Housewares is recalling about 20,000 electric kettles because the handle can crack, the company said Monday.

The kettles were sold in red and black at Fernley Hardware, Ostrow Market and other stores nationwide, and online at Pellham's website, from March 2023 through June 2024 for about $30.

About 1,500 more kettles were sold in Mexico.
`

func TestAdjunctChainTime(t *testing.T) {
	e := engineOf(t, kettleSales)
	checkAnswers(t, e, []answerCase{
		// a passive when-question's verb is its participle, and the
		// time after the chain of manner and place phrases dates it
		{"when were they sold", []string{"March 2023 through June 2024"}, nil},
		{"when were the kettles sold", []string{"March 2023"}, []string{"Monday"}},
	})
}
