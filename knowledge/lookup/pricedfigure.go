package lookup

// A sum as the statement of a price (part of stage 3): news writing
// states what a thing cost by setting the sum before its noun ("a $6.8
// million restoration", "the $40 tickets") as often as with a verb of
// price ("the restoration cost $6.8 million"), so in a question asking a
// sum, a sentence that holds a sum of money holds what "cost", "pay",
// "spend" or "price" ask, though it does not write the word.

// priceWords are the verbs and noun of price whose object or value is a
// sum of money (WordNet 3.0: cost.v.01 "be priced at", pay.v.01,
// spend.v.02 "pay out", price.n.02), in their forms.
var priceWords = set("cost", "costs", "costing", "price", "prices", "priced", "pay", "pays", "paid", "paying",
	"spend", "spends", "spent", "spending")

// priceHeldBySum is the token of s that holds term t of q as a sum of
// money, or -1: t is a word of price, q asks a sum without naming a noun
// to price, and s states a sum as the amount of a noun another term of q
// asks about ("how much did it cost to fix": "a $6.8 million
// restoration", the restoration's sum; amounthead.go). A sum of some
// other thing is no price of what is asked.
func (e *Engine) priceHeldBySum(q *query, s *sentence, t term) int {
	if !priceWords[t.lower] || q.typ != tAmount {
		return -1
	}
	for _, n := range s.nums {
		if e.pricedSum(q, s, n, t) {
			return n.tok
		}
	}
	return -1
}

// pricedHeadWeight weighs sum n of s as the verb of price asked weighs a
// sum it governs ("Tickets cost $9"): 1 when n is priced by the
// question's word of price (pricedSum).
func (e *Engine) pricedHeadWeight(q *query, s *sentence, n quantity) float64 {
	if q.typ != tAmount {
		return 0
	}
	for _, t := range q.terms {
		if priceWords[t.lower] {
			if e.pricedSum(q, s, n, t) {
				return 1
			}
			return 0
		}
	}
	return 0
}

// pricedSum reports whether money figure n of s is the amount of a noun
// a term of q other than its word of price t matches, in a question that
// asks a sum and names no noun to price ("how much did the wing cost"
// names one, and headFit weighs that). The question-wide checks come
// last, as few sums have such a noun.
func (e *Engine) pricedSum(q *query, s *sentence, n quantity, t term) bool {
	if n.kind != qMoney {
		return false
	}
	h := e.ownAmountHead(s, n)
	return h >= 0 && e.askedOtherwise(q, t, s.toks[h]) && e.amountAsked(q) == "" && e.asksMoney(q)
}

// askedOtherwise reports whether a term of q other than t matches tok.
func (e *Engine) askedOtherwise(q *query, t term, tok token) bool {
	for _, u := range q.terms {
		if u.lower != t.lower && u.matches(tok) {
			return true
		}
	}
	return false
}
