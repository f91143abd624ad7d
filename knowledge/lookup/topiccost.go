package lookup

import "slices"

// costWords are the question words that ask a thing's cost and nothing
// else: the verb and the nouns (WordNet 3.0, "cost" n.1 and v.1, "price"
// n.1).
var costWords = set("cost", "costs", "costing", "price")

// topicCost answers "how much will it cost" asked with no antecedent for
// "it" and no word but the cost's: the pronoun refers to what the article
// is about, which news writing tells of first (the inverted pyramid, as
// in topicMeasure), and news writing gives a thing's cost either as a sum
// premodifying its noun ("The $212 million project will replace …";
// Quirk et al. 1985, §17.104) or as the complement of "cost" ("the repairs
// will cost $2 million", costSubject). The answer is the first such sum
// in the article's body; a sum premodifying a noun of money or of what
// is owned and passed on ("a $5,000 fine", "a $2 million grant", "a
// $40,000 salary": WordNet 3.0, kinds of possession) is a sum of its own,
// no thing's cost.
func (e *Engine) topicCost(q *query) (reply, bool) {
	if q.typ != tAmount || len(q.subjects) > 0 || len(q.terms) == 0 || !slices.ContainsFunc(q.toks, func(t token) bool { return t.lower == "it" }) {
		return reply{}, false
	}
	if slices.ContainsFunc(q.terms, func(t term) bool { return !costWords[t.lower] }) {
		return reply{}, false // "how much did it raise": another verb's sum
	}
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if s.part != "" {
			continue
		}
		for _, n := range s.nums {
			if n.kind != qMoney || quoted(s, n) {
				continue
			}
			h := e.premodifiedNoun(s, n)
			priced := h >= 0 && !e.sumNoun(singular(s.toks[h].lower))
			if priced || tokenBefore(s, n.tok) != "" && s.toks[n.tok-1].stem == "cost" {
				return reply{found: true, head: capitalise(hedged(s, n)) + ".", used: []*sentence{s}}, true
			}
		}
	}
	return reply{}, false
}

// sumNoun reports whether w names a sum of money or a possession passed
// from one owner to another (WordNet 3.0: grant, fine, loan, salary and
// award are kinds of possession), not a thing bought or built.
func (e *Engine) sumNoun(w string) bool {
	return e.moneyNoun(w) || !e.noLex && e.lex.KindOf(w, "possession")
}
