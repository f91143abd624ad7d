package lookup

import "testing"

// guitarSale is a short article written for this test, in no question
// set: a sale at auction, told with "sold" and "fetched", in an article
// whose other sums stand beside verbs WordNet gives "go" for a synonym
// ("died", "lasted").
const guitarSale = `Blues singer's guitar sold for $410,000

MEMPHIS, Tenn. (AP) — A guitar played by the blues singer Ruby Lane sold for $410,000 at auction Saturday, Crestline Auctions said.

Lane, who died in 1979, left an estate valued at $2 million. The bidding lasted 12 minutes and opened at $50,000. Lane traveled with the guitar for 30 years, her nephew Carl Lane, 66, said.

A pair of her stage boots fetched $18,000.
`

func TestGoForIsSoldFor(t *testing.T) {
	e := engineOf(t, guitarSale)
	checkOpenings(t, e, []openingCase{
		// "go for" of a sum: what it was sold for
		{"how much did the guitar go for", "$410,000.", nil, nil},
		{"how much did her boots go for", "$18,000.", nil, nil},
	})
}
