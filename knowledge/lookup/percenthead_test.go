package lookup

import "testing"

// grocerBuyout is a short article written for these tests, in no question
// set: a price per share beside the premium it makes, given as a
// percentage, and a stake given as a percentage before its noun.
const grocerBuyout = `Dalton Markets agrees to sale to Pryor Group

HOLLIS, Neb. (AP) — Pryor Group agreed Tuesday to buy the grocery chain Dalton Markets for $900 million.

Pryor will pay $22 for each Dalton share, a premium of 18% over the stock's price on Monday.

The Dalton family, which holds a 40% stake in the chain, backed the sale.

Dalton has 64 stores in three states.
`

func TestPercentNamedAsTheAskedThingsSize(t *testing.T) {
	checkOpenings(t, engineOf(t, grocerBuyout), []openingCase{
		// "a premium of 18%": the premium's size, not the price per share
		{"how big is the premium", "18%", nil, []string{"$22."}},
		{"how much is the premium", "18%", nil, []string{"$22."}},
		// the percentage premodifies its noun
		{"how big is the family's stake", "40%", nil, nil},
	})
}
