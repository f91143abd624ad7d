package lookup

import "testing"

// gasAssistance is a short article written for this test, in no
// question set: a share named as a discount's amount after "up to", in
// a sentence that also gives an income limit in dollars.
const gasAssistance = `Gas utility widens help for low-income customers

OSLER, Mont. (AP) — Osler Gas will give households earning less than $40,000 a year a discount of up to 30% on their winter heating bills, the company said Friday.
`

// "How big is the discount" asks the size of the discount, "up to 30%",
// not the income limit beside it: "up to" bounds the figure and leaves
// "discount of" its phrase.
func TestUpToBoundAmountHead(t *testing.T) {
	e := engineOf(t, gasAssistance)
	checkOpenings(t, e, []openingCase{
		{"how big is the discount", "Up to 30%.", nil, nil},
		{"how much is the discount for low income families", "Up to 30%.", nil, nil},
	})
}
