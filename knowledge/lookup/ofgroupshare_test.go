package lookup

import "testing"

// broadbandGap is a short article written for this test, in no question
// set: two groups' shares side by side, each with the of-phrase that
// names its whole.
const broadbandGap = `Rural broadband still lags, survey finds

WASHINGTON (AP) — Only 21% of rural households have high-speed internet at home, compared with 68% of urban households, according to a federal survey released Tuesday.
`

func TestOfGroupShare(t *testing.T) {
	e := engineOf(t, broadbandGap)
	checkOpenings(t, e, []openingCase{
		{q: "what percent of urban households have high-speed internet", first: "68%"},
		{q: "what percent of rural households have high-speed internet", first: "21%"},
	})
}
