package lookup

import "testing"

// fortWayneBill is a short article written for this test, in no question
// set: a state legislator tagged with party and a two-word hometown.
const fortWayneBill = `Indiana House passes bridge bill

INDIANAPOLIS (AP) — The Indiana House passed a bridge repair bill 70-28 on Monday.

The bill's sponsor, Rep. Mara Quell, R-Fort Wayne, said the work would start in April.
`

// TestPartyTagHometown checks that a party tag's hometown of two words is
// given whole.
func TestPartyTagHometown(t *testing.T) {
	checkOpenings(t, engineOf(t, fortWayneBill), []openingCase{
		{"what party is quell", "Republican (R-Fort Wayne).", nil, nil},
	})
}
