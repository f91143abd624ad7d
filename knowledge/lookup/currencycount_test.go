package lookup

import "testing"

// TestCurrencyCountIsAmount checks that a count of a currency unit ("how
// many dollars", "how many bucks") is answered by the sum the article
// writes with the dollar sign, that a count of pounds stays a weight, and
// that a sum the article does not give is still refused.
func TestCurrencyCountIsAmount(t *testing.T) {
	e := engineOf(t, "County fair sells out opening day\n\nHARLAN, Iowa (AP) — The Shelby County Fair sold 4,200 tickets on its opening day Friday, organizers said.\n\nA one-day pass cost $12, and parking was free. The fair's prize hog weighed 310 pounds.\n\nOrganizers spent $85,000 on a new grandstand roof this year.\n")
	checkOpenings(t, e, []openingCase{
		{"how many bucks was a one-day pass", "$12", nil, nil},
		{"how many dollars did organizers spend on the roof", "$85,000", nil, nil},
		{"how many pounds did the prize hog weigh", "310 pounds", nil, nil},
	})
	checkWantOrRefused(t, e, []wantCase{
		{"how many dollars did the fair pay the bands", ""},
	})
}
