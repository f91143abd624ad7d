package lookup

import (
	"context"
	"strings"
	"testing"

	"storybot/knowledge"
)

// bullAuction is a short article written for this test, in no question
// set: a sum paid for one thing in a sentence that names others.
const bullAuction = `Rancher sells prize bull at auction

AMBLE, Neb. (AP) — A rancher sold his prize bull for $41,000 at auction Saturday, a record for the county fair.

The buyer, a feedlot owner from Kansas, also paid the auction house a fee of $2,000, which would have paid for a new tractor, said the rancher, Cal Dunning.

Dunning said he would use the money to repair his barn.
`

func TestPaidForNamesThePricedThing(t *testing.T) {
	e := engineOf(t, bullAuction)
	// no sum is the price of the barn: the fee's sentence names none
	checkWantOrRefused(t, e, []wantCase{
		{"how much did he pay for the barn", ""},
		{"how much did dunning pay for the barn", ""},
	})
	// the fee is no price of the bull
	a, err := e.Answer(context.Background(), knowledge.Question{Text: "how much did the buyer pay for the bull"})
	if err != nil {
		t.Fatal(err)
	}
	if strings.HasPrefix(a.Text, "$2,000") {
		t.Errorf("the fee given as the bull's price:\n%s", a.Text)
	}
}
