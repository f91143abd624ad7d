package lookup

import "testing"

// orchardWages is a short article written for these tests, in no question
// set: two sums side by side, each named by an "in" phrase whose head
// ("wages", "damages") is a verb in -s elsewhere.
const orchardWages = `Orchard owner to pay workers after labor probe

YAKIMA, Wash. (AP) — A Yakima orchard will pay $1.6 million in unpaid wages and $240,000 in liquidated damages to 310 seasonal workers, the U.S. Labor Department said Thursday.

Investigators found the orchard had not paid overtime for three harvest seasons. The owner, Dale Ferris, 66, said he would comply.
`

// TestHowMuchInPhrase checks that "how much in" takes the phrase after
// "in" as the noun the sum is in, its last word a noun: the grants and
// damages asked, not a verb.
func TestHowMuchInPhrase(t *testing.T) {
	e := engineOf(t, bridgeGrants)
	if e.lex == nil {
		t.Skip("needs WordNet")
	}
	checkOpenings(t, e, []openingCase{
		{"how much in federal grants", "$8 million", nil, nil},
		{"how much in state grants", "$3 million", nil, nil},
	})
	checkOpenings(t, engineOf(t, orchardWages), []openingCase{
		{"how much in liquidated damages", "$240,000", nil, nil},
		{"how much in unpaid wages", "$1.6 million", nil, nil},
	})
}
