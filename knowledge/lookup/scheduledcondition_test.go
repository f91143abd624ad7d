package lookup

import "testing"

// bridgeTrial is a short article written for this test, in no question
// set: an act arranged for later ("is scheduled to begin"), one told only
// in a condition ("If convicted"), and an act stated.
const bridgeTrial = `Contractor charged in bridge collapse

ELKTON, Md. (AP) — Contractor Dale Benning was indicted Friday in the collapse of the Creek Road bridge. His trial is scheduled to begin June 2.

If convicted, Benning faces up to 10 years in prison. He pleaded not guilty on Monday.
`

func TestScheduledOrConditionalActIsNoYes(t *testing.T) {
	e := engineOf(t, bridgeTrial)
	checkOpenings(t, e, []openingCase{
		{"has the trial begun", "Not yet", []string{"scheduled to begin"}, nil},
		{"was benning convicted", "The article does not say so", []string{"If convicted"}, nil},
		{"was benning indicted", "Yes", nil, nil},
	})
}
