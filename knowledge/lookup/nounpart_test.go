package lookup

import "testing"

// pellMining is a short article written for this test, in no question
// set: a company's shares fall by a percentage to a price, with a day
// between the two figures, and the article writes "carried" (the verb
// WordNet files with "stock") but never the noun "stock".
const pellMining = `Pell Mining shares slide after mine flood

DULUTH, Minn. (AP) — Shares of Pell Mining fell 9 percent on Tuesday to $12.40 after flooding closed its largest iron mine.

The company carried $40 million in debt at the end of June, its filings show.
`

// A noun after a determiner meets the article's words by its noun senses
// only, and by its parts ("the stock": shares, part of a corporation's
// stock in WordNet), and a change's day between its size and its level
// leaves the size the change asked.
func TestStockMeetsShares(t *testing.T) {
	e := engineOf(t, pellMining)
	checkOpenings(t, e, []openingCase{
		{q: "how much did the stock fall", first: "9 percent."},
		{q: "how much did shares fall", first: "9 percent."},
		{q: "what happened to the stock", first: "DULUTH", not: []string{"debt"}},
	})
}
