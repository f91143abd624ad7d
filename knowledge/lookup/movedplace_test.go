package lookup

import "testing"

// marketMove is a short article written for this test, in no question
// set: a market moves from one named place to another.
const marketMove = `Farmers market moves for summer

ELMSTEAD, Vt. (AP) — The Elmstead Farmers Market will move from Town Green to the Harlan Street lot this summer while the green is regraded, the town said Wednesday.

The lot is two blocks south of the green. Vendors will set up on Saturdays from 8 a.m. to 1 p.m.
`

func TestMovedPlace(t *testing.T) {
	e := engineOf(t, marketMove)
	checkAnswers(t, e, []answerCase{
		// where it is now is the goal of the move, not its source
		{"where is the farmers market now", []string{"Harlan Street lot"}, []string{"Town Green."}},
		{"where's the market", []string{"Harlan Street lot"}, []string{"Town Green."}},
		// the source answers a question about the earlier place
		{"where was the market before", []string{"Town Green."}, nil},
	})
}
