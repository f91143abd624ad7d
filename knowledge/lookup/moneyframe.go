package lookup

// "How much money" (part of stage 2, the question's terms): "how much"
// before a noncount noun asks its quantity (Quirk et al., §5.23), and a
// news story gives a quantity of money as a figure in dollars ("lost $3.1
// million") without the noun "money" (AP Stylebook, "dollars"). So "money"
// after "how much", which the article never writes, frames the answer
// rather than naming what the answer must hold, when the question's own
// verb says what was done with it ("how much money did the unit lose"). With
// a light verb only the noun gives the act its meaning ("make money" is to
// earn, Quirk et al., §2.59 on light verbs), and it stays, unless the
// article writes a verb of earning that "make" is then read as
// (moneytransfer.go's earnedTerm).
//
// A noun for a kind of payment frames the answer the same way when the
// article never writes it: "how much ransom did they ask for" asks the
// sum demanded ("demanded 40 bitcoin, worth about $2.6 million"), and
// "ransom", "bribe", "fine" or "rent" are sums of money paid (WordNet 3.0
// files each under payment.n.01, a kind of cost: quantity.go's
// moneyNoun). The question's verb may then be one
// the article writes by a synonym ("ask for": "demand").

// moneyFrame reports whether question token i is "money", or a noun of
// payment, after "how much", unknown to the article, whose question's verb (the first word
// after it that can be a verb, past the auxiliary and the subject's
// determiner and noun) is no light verb and one the article uses.
func (e *Engine) moneyFrame(toks []token, i int) bool {
	payment := toks[i].lower != "money" && e.moneyNoun(toks[i].lower)
	if toks[i].lower != "money" && !payment || i < 2 || toks[i-1].lower != "much" || toks[i-2].lower != "how" || e.known(toks[i]) {
		return false
	}
	for k := i + 1; k < len(toks); k++ {
		t := toks[k]
		if auxiliaries[t.lower] || determiners[toks[k-1].lower] || toks[k-1].poss {
			continue // the auxiliary, and the subject's noun after its determiner ("did the ferry")
		}
		if lightVerbs[t.lower] {
			_, earns := e.earnedTerm(t)
			return !payment && earns // "make money" is to earn, which the article's "bring in" tells (moneytransfer.go)
		}
		if !stopWords[t.lower] && e.canBe(t.lower, "verb") {
			return e.known(t) || payment && e.synonymKnown(toks, k) // the question's verb
		}
	}
	return false
}

// framedMoneyFocus reports whether f, the noun q counts, is the noun of
// money moneyFrame reads as framing the answer: a sum of money measures
// it, though the article never writes it.
func (e *Engine) framedMoneyFocus(q *query, f string) bool {
	for i, t := range q.toks {
		if t.stem == f && e.moneyFrame(q.toks, i) {
			return true
		}
	}
	return false
}

// synonymKnown reports whether the article writes a WordNet synonym of
// the verb at toks[k], or, for "ask for", a verb of request ("demand";
// prepverb.go's requestVerb).
func (e *Engine) synonymKnown(toks []token, k int) bool {
	if e.noLex {
		return false
	}
	if k+1 < len(toks) {
		if _, ok := e.requestVerb(toks, k); ok {
			return true
		}
	}
	for _, w := range e.lex.Synonyms(e.baseVerb(toks[k].lower)) {
		if e.r.vocab[w] || e.r.vocab[stemOf(w)] {
			return true
		}
	}
	return false
}
