package lookup

// A sum in cents (part of reading the article's figures): AP style writes
// a sum under a dollar in figures and "cents" ("5 cents"; AP Stylebook,
// "cents"), and a change or level of a price is written so ("raised the
// fare by 40 cents", "Fares rose 50 cents", "tolls were then 25 cents").
// readUnit reads a figure in cents as money only before a distributive
// marker ("40 cents each"), since "raise the tax rate by 1.5 cents"
// measures a rate per $100 of value, no sum anyone pays. A figure in
// cents is money as well when a noun WordNet classes as a sum of money
// (moneyNoun: "fare", "price", "toll") stands before it in its clause:
// the figure is that sum, or its change. A noun that is also a rate, a
// magnitude relation (WordNet's {rate} and its kin under {magnitude
// relation}: "rate", "ratio"), is left out, as a tax rate is no sum.

// centWindow is how many tokens before a figure in cents its clause's
// money noun is looked for: a verb and its object phrase ("raise the
// basic bus and light-rail fare by").
const centWindow = 8

// readCentPrices makes money of each figure in cents that follows a
// money noun in its clause.
func (e *Engine) readCentPrices() {
	if e.noLex {
		return
	}
	for i := range e.r.sents {
		s := &e.r.sents[i]
		for k, n := range s.nums {
			if n.kind == qCount && n.end > 0 && centWords[s.toks[n.end-1].lower] && e.centsOfMoneyNoun(s, n) {
				s.nums[k].kind = qMoney
			}
		}
	}
}

// centsOfMoneyNoun reports whether a noun of a sum of money that is no
// rate stands before figure n in its clause, within centWindow tokens
// and with no punctuation between.
func (e *Engine) centsOfMoneyNoun(s *sentence, n quantity) bool {
	for k := n.tok - 1; k >= 0 && k >= n.tok-centWindow; k-- {
		if punctuatedBetween(s.text, s.toks, k+1) {
			return false
		}
		w := singular(s.toks[k].lower)
		if !s.toks[k].cap && e.moneyNoun(w) {
			return !e.lex.KindOf(w, "magnitude_relation")
		}
	}
	return false
}
