package lookup

import "testing"

// A figure in cents after a money noun in its clause is a sum of money
// ("raised the toll by 35 cents"); after a rate it is none ("the levy
// rate by 2 cents": a rate per $100 of value).
func TestCentPrices(t *testing.T) {
	e := engineOf(t, "Bridge toll goes up\n\nCAIRO, Ill. (AP) — The bridge authority raised the car toll by 35 cents on Monday, officials said.\n\nThe county also raised its levy rate by 2 cents.\n")
	checkAnswers(t, e, []answerCase{
		{"how much did the authority raise the toll", []string{"35 cents"}, nil},
		// the levy rate's change is no sum of money, and the toll's is not the rate's
		{"how much did the county raise its levy rate", nil, []string{"35 cents"}},
	})
}
