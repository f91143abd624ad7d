package lookup

import "testing"

// reddingRidgeFire is a short article written for this test, in no question
// set: a state told with a percentage below 100 before its participle.
const reddingRidgeFire = `Ridge Fire grows overnight

REDDING, Calif. (AP) — The Ridge Fire grew to 3,100 acres overnight and was 20% contained Friday, Cal Fire said. The Old Mill Road bridge, damaged Tuesday, was fully repaired Thursday.
`

// TestPercentBelowWholeIsNoYes checks that "20% contained" answers No to
// "is it contained" and Yes to the degree asked itself.
func TestPercentBelowWholeIsNoYes(t *testing.T) {
	checkOpenings(t, engineOf(t, reddingRidgeFire), []openingCase{
		{"is the ridge fire contained", "No", []string{"20% contained"}, []string{"Yes"}},
		{"is the fire 20% contained", "Yes", nil, nil},
		{"was the bridge repaired", "Yes", nil, nil},
	})
}
