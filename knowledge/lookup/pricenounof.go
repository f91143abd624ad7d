package lookup

import "strings"

// priceNouns are the nouns of price whose of-phrase names what is priced
// ("the $250,000 cost of shipping", "the $40 price of a ticket"): WordNet
// 3.0 cost.n.01 "the total spent for goods or services", price.n.02 "the
// amount of money needed to purchase something" and expense.n.01.
var priceNouns = set("cost", "costs", "price", "prices", "expense", "expenses")

// pricedByOf reports whether the head at token h of s is a noun of price
// whose of-phrase, within its first four words and before any comma,
// holds the noun asked: a sum before "cost" in "the $300,000 cost of new
// signals" is the price of the signals, as "the signals cost $300,000"
// says (the of-phrase gives the noun's argument, Quirk et al., §17.38),
// so "how much do the signals cost" is answered by it.
func pricedByOf(s *sentence, h int, asked string) bool {
	if !priceNouns[s.toks[h].lower] || h+1 >= len(s.toks) || s.toks[h+1].lower != "of" {
		return false
	}
	st := stemOf(asked)
	for k := h + 2; k < len(s.toks) && k <= h+5; k++ {
		if strings.ContainsAny(s.text[s.toks[k-1].end:s.toks[k].start], ",;:") {
			return false
		}
		if s.toks[k].meets(st) {
			return true
		}
	}
	return false
}
