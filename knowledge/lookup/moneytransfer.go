package lookup

import (
	"slices"
	"strings"
)

// The verbs of a transfer of money (part of stage 2). FrameNet's
// Commerce_goods-transfer scene is told from the buyer's side by the
// verbs of Commerce_buy ("buy", "purchase") and Commerce_pay ("pay"),
// with "spend" (WordNet 3.0 spend.v.02 "pay out"): each has the buyer
// for its subject and the sum for its object or "for" phrase ("his
// father bought it for $5"), so a "how much" question's verb of paying
// is answered by the article's verb of buying, and the other way round.
// And a sum that one "gets" is one the article tells with the verb of
// receiving (FrameNet Receiving: "receive", "collect", "accept";
// Getting: "obtain", "win", "gain"; Earnings_and_losses: "earn") or
// with its converse, a verb of giving whose recipient is the one who
// gets it ("give $10,000 to each grandchild"; give and receive are
// converses, Lyons 1977, Semantics §9.4; FrameNet Giving: "give",
// "donate", "hand", with "award", "grant", "pay" and "contribute").
// A sum one "makes" is one earned (WordNet 3.0 earn.v.01: "earn, gain,
// take in, clear, make, realize, pull in, bring in"), and the article
// tells it with one of those verbs ("permit fees to bring in about
// $14,000 a year"), not with WordNet's other senses of "make" ("do").

// buyerLemmas are the base verbs of paying and buying, the buyer's side
// of a commercial transaction (FrameNet Commerce_buy, Commerce_pay;
// WordNet 3.0 spend.v.02).
var buyerLemmas = set("pay", "buy", "purchase", "spend")

// receivingLemmas are the base verbs that tell a sum got by the one
// asked about: receiving, getting and earning it, and the converse
// giving of it (FrameNet Receiving, Getting, Earnings_and_losses and
// Giving, as listed above).
var receivingLemmas = set("get", "receive", "collect", "accept", "obtain", "win", "gain", "earn",
	"give", "donate", "hand", "award", "grant", "pay", "contribute")

// payIdioms are the informal phrasal verbs of paying a sum, as a chat
// question writes them (Merriam-Webster: "shell out", "fork out", "fork
// over", "cough up", "pony up", "ante up": to pay money, often
// unwillingly). WordNet 3.0 files "shell out" under distributing and
// "pony up" under spitting, senses no "how much" question means.
var payIdioms = set("shell out", "fork out", "fork over", "cough up", "pony up", "ante up")

// buyerVerb reports whether w is a form of a verb of paying or buying,
// or one of the phrasal verbs of paying a question may write.
func (e *Engine) buyerVerb(w string) bool {
	if v, p, ok := strings.Cut(w, " "); ok {
		return payIdioms[e.baseVerb(v)+" "+p]
	}
	return buyerLemmas[e.baseVerb(w)] && e.canBe(w, "verb")
}

// withBuyerVerbs gives a "how much" question's verb of paying or buying
// the article's other such verbs, as alternatives ("how much did his dad
// pay": "his father bought the painting … for $5").
func (e *Engine) withBuyerVerbs(q *query, terms []term) []term {
	if q.typ != tAmount || !asksHowMuch(q.toks) {
		return terms
	}
	return e.withVerbClass(terms, e.buyerVerb)
}

// priceLemmas are the base verbs of a sale that give the goods' price in
// a "for" phrase: FrameNet's Commerce_goods-transfer scene tells the
// price of the goods with "cost" (the goods its subject, the money its
// complement) and with the buyer's and the seller's verbs ("bought the
// cereal maker for $1.9 billion", "the house sold for $400,000";
// Commerce_buy "buy", "purchase"; Commerce_pay "pay"; Commerce_sell
// "sell").
var priceLemmas = set("buy", "purchase", "pay", "sell")

// withPriceVerbs gives a "how much" question's verb "cost" the article's
// verbs of buying and selling as alternatives ("how much did Sunny Fields
// cost": "bought … Sunny Fields for $1.9 billion").
func (e *Engine) withPriceVerbs(q *query, terms []term) []term {
	if q.typ != tAmount || !asksHowMuch(q.toks) {
		return terms
	}
	var verbs []string
	for i := range terms {
		if e.noLex || e.baseVerb(terms[i].lower) != "cost" {
			continue
		}
		if verbs == nil {
			verbs = e.verbsKnown(func(w string) bool { return priceLemmas[e.baseVerb(w)] && e.canBe(w, "verb") })
		}
		for _, g := range verbs {
			if !slices.Contains(terms[i].alts, g) {
				terms[i].alts = append(terms[i].alts, g)
			}
		}
		terms[i].known = terms[i].known || len(verbs) > 0
	}
	return terms
}

// receivedTerm is the term of the light verb "get" of a "how much"
// question with no object ("how much is each grandchild getting"), read
// as the article's verbs of receiving or giving a sum (receivingLemmas);
// ok is false when the verb is not "get" or the article writes none.
// The term keeps "get" for its own word, so the article's "got" is
// still the word itself.
func (e *Engine) receivedTerm(t token) (term, bool) {
	if e.baseVerb(t.lower) != "get" {
		return term{}, false
	}
	var alts []string
	for w := range e.r.words {
		if st := stemOf(w); e.canBe(w, "verb") && receivingLemmas[e.baseVerb(w)] && e.baseVerb(w) != "get" && !slices.Contains(alts, st) {
			alts = append(alts, st)
		}
	}
	if len(alts) == 0 {
		return term{}, false
	}
	slices.Sort(alts)
	return term{lower: t.lower, stem: stemOf("get"), alts: alts, known: true}, true
}

// earningLemmas are the one-word verbs of WordNet 3.0's synset earn.v.01
// besides "make", with "net" (net.v.02, "make as a net profit"), and
// earningPhrases its phrasal verbs, as stem sequences.
var (
	earningLemmas  = set("earn", "gain", "clear", "realize", "realise", "net")
	earningPhrases = [][]string{{"take", "in"}, {"pull", "in"}, {"bring", "in"}}
)

// earnedTerm is the term of the light verb "make" of a "how much"
// question with no object ("how much will the city make"), read as the
// article's verbs of earning; ok is false when the verb is not "make" or
// the article writes none.
func (e *Engine) earnedTerm(t token) (term, bool) {
	if e.baseVerb(t.lower) != "make" {
		return term{}, false
	}
	tm := term{lower: "earn", stem: stemOf("earn")} // no light verb, which asks nothing by itself (decide.go)
	for w := range e.r.words {
		if st := stemOf(w); e.canBe(w, "verb") && earningLemmas[e.baseVerb(w)] && st != tm.stem && !slices.Contains(tm.alts, st) {
			tm.alts = append(tm.alts, st)
		}
	}
	known := len(tm.alts)
	for w := range e.r.words {
		if st := stemOf(w); e.canBe(w, "verb") && e.baseVerb(w) == "make" && !slices.Contains(tm.alts, st) {
			tm.alts = append(tm.alts, st) // the article's own "made $4 million"
		}
	}
	slices.Sort(tm.alts)
	for _, p := range earningPhrases {
		if e.writesPhrase(p) {
			tm.phrases = append(tm.phrases, p)
		}
	}
	tm.known = true
	return tm, known+len(tm.phrases) > 0
}
