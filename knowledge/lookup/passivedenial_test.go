package lookup

import "testing"

// warehouseTheft is a short article written for this test, in no question
// set: acts denied through a perfect or a passive auxiliary ("has not been
// charged", "was not hired", "did not get paid") beside an act stated.
const warehouseTheft = `Warehouse manager questioned in theft

BRISTOW, Okla. (AP) — Police questioned warehouse manager Dale Prewitt on Monday about the theft of 300 power tools from the Bristow Supply depot.

Prewitt has not been charged. His assistant, Nora Kell, was arrested Tuesday.

Kell was not hired by the depot until March, records show. The depot's night guard did not get paid for his last two weeks, the owner said.
`

func TestDenialThroughPassiveAuxiliaries(t *testing.T) {
	e := engineOf(t, warehouseTheft)
	checkOpenings(t, e, []openingCase{
		// "been" and the get-passive stand between the negation and the
		// verb: the act is denied
		{"was prewitt charged", "No", []string{"has not been charged"}, nil},
		{"has prewitt been charged", "No", []string{"has not been charged"}, nil},
		{"did the guard get paid", "No", []string{"did not get paid"}, nil},
		// the stated act stays a yes
		{"was kell arrested", "Yes", []string{"was arrested"}, nil},
	})
}
