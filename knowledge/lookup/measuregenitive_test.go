package lookup

import "testing"

// pellTenants is a short article written for this test, in no question
// set: amounts told as measures in the genitive, beside another count.
const pellTenants = `Council passes tenant rules

MILLBROOK, Vt. (AP) — The Millbrook council on Monday passed rules that let landlords raise rents only once a year and make them give tenants 60 days' notice.

Residents near the dam got only three hours' warning before the water rose, and about 40 homes flooded.
`

func TestMeasureGenitiveIsTheAmount(t *testing.T) {
	checkOpenings(t, engineOf(t, pellTenants), []openingCase{
		{"how much notice do tenants get", "60 days", nil, []string{"Once"}},
		{"how much warning did residents near the dam get", "Three hours", nil, nil},
	})
}
