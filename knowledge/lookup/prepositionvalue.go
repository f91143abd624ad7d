package lookup

import "slices"

// A sum of money that premodifies the noun of a prepositional phrase
// ("the owner of a $200,000 home") states that noun's value: the phrase
// postmodifies another noun (Quirk et al. 1985, §17.37) and its figure is
// a classifier of its own head (§17.104), not the amount of the clause's
// verb ("cost the owner of a $200,000 home about $343 a year"). It
// answers only a question about that noun.

// valueInPhrase reports whether money figure n of s premodifies the head
// noun of a prepositional phrase ("of a $200,000 home") that no term of q
// names, and a sum of the clause's own follows it.
func (e *Engine) valueInPhrase(q *query, s *sentence, n quantity) bool {
	if n.kind != qMoney || n.end >= len(s.toks) || punctuatedBetween(s.text, s.toks, n.end) {
		return false
	}
	k := n.tok - 1
	if k >= 0 && (s.toks[k].lower == "a" || s.toks[k].lower == "an" || s.toks[k].lower == "the") {
		k--
	}
	if k < 0 || !prepositions[s.toks[k].lower] {
		return false
	}
	head := s.toks[n.end]
	if head.cap || stopWords[head.lower] || prepositions[head.lower] || measureUnits[head.lower] != "" || !e.canBe(head.lower, "noun") {
		return false
	}
	if slices.ContainsFunc(q.terms, func(t term) bool { return t.matches(head) }) {
		return false
	}
	return slices.ContainsFunc(s.nums, func(m quantity) bool { return m.kind == qMoney && m.tok > n.end }) // the clause's own sum follows ("about $343 a year"); alone, the value may be what was asked ("paid for a $2 million study")
}
