package lookup

import "testing"

// thirdStreetBridge is a short article written for this test, in no
// question set: one figure set in the past with "then", one in the
// present with "today".
const thirdStreetBridge = `Old bridge marks 50 years

DAYTON, Ohio (AP) — When the Third Street bridge opened in 1975, it carried about 20,000 cars a day and tolls were then 25 cents.

Today the bridge carries 45,000 cars a day, city engineer Mia Tran said, and the toll is now $2.
`

func TestNowAndThenFigures(t *testing.T) {
	checkOpenings(t, engineOf(t, thirdStreetBridge), []openingCase{
		{"how many cars does it carry now", "45,000 cars", nil, nil},
		{"how many cars did it carry back then", "About 20,000 cars", nil, nil},
	})
}
