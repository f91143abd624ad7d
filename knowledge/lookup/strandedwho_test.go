package lookup

import "testing"

// farmSale is a short article written for this test, in no question set:
// a farm sold to a company and a letter sent to a person, each told with
// the doer named first.
const farmSale = `Family sells century-old dairy farm

MORRISVILLE, Vt. (AP) — The Tardif family sold its 140-year-old dairy farm to Green Mountain Creamery Cooperative on Monday, ending five generations of milking on the land.

Paul Tardif, 63, said he wrote a letter to Gov. Anne Whitcomb in March asking for help with feed costs.
`

func TestStrandedPrepositionWho(t *testing.T) {
	e := engineOf(t, farmSale)
	checkOpenings(t, e, []openingCase{
		// the wh-word is the object of the stranded preposition
		{"who was the farm sold to", "Green Mountain Creamery Cooperative.", nil, nil},
		{"who was the letter written to", "Anne Whitcomb.", nil, nil},
	})
}
