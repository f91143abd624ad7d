package lookup

import "testing"

// dairyDeal is a short article written for these tests, in no question
// set: two companies, one told "based in" a place, the other by a
// "-based" compound, a sentence placing regulators elsewhere, and a
// dateline of neither.
const dairyDeal = `Corvin Dairy to buy Ashby Foods Inc.

FAIRBANK, Iowa (AP) — Corvin Dairy Co. agreed Friday to buy Ashby Foods Inc. for $140 million.

The deal needs the approval of Ashby shareholders and of regulators in Canada.

Ashby, based in Millbrook, Vermont, makes butter and cheese.

Corvin, the Lindale-based dairy, has 2,300 employees.
`

func TestWhereAnOrganisationIsBased(t *testing.T) {
	checkOpenings(t, engineOf(t, dairyDeal), []openingCase{
		// a company's place is its base, not another place in a sentence naming it
		{"where is ashby", "Millbrook", nil, []string{"Canada"}},
		{"where is ashby headquartered", "Millbrook", nil, nil},
		{"wheres ashby located", "Millbrook", nil, nil},
		// the "-based" compound
		{"where is corvin dairy", "Lindale", nil, []string{"Fairbank"}},
		{"where is corvin headquartered", "Lindale", nil, nil},
		// another act's place is not the base
		{"where does ashby need approval", "In Canada", nil, nil},
	})
}
