package lookup

// costSubject is the subject of "cost" when token k, the word before a
// sum (past its approximators), is a form of the verb: "the recall to
// cost between $18 million and $22 million", "the repairs will cost $2
// million". "Cost" takes the price as its complement and the thing
// priced as its subject (Merriam-Webster, "cost" verb 1: "to require
// expenditure or payment": "the house cost $200,000"), so the sum is
// the subject's amount. The subject is the noun before the verb, past
// the infinitive "to" and the auxiliaries; -1 when a pronoun, a relative
// or no noun stands there.
func (e *Engine) costSubject(s *sentence, k int) int {
	toks := s.toks
	if k < 1 || k >= len(toks) {
		return -1
	}
	for j := k - 1; toks[k].lower == "and" && j > 0 && j > k-6; j-- {
		if toks[j].lower == "between" {
			k = j // the upper end of the range shares its lower end's verb
		}
	}
	if toks[k].lower == "between" {
		k-- // "to cost between $18 million and $22 million"
	}
	if k < 1 || toks[k].stem != "cost" {
		return -1
	}
	h := k - 1
	for h > 0 && (toks[h].lower == "to" || auxiliaries[toks[h].lower] || toks[h].lower == "be") {
		h--
	}
	if stopWords[toks[h].lower] || toks[h].cap || !e.isNoun(toks[h]) || punctuatedBetween(s.text, toks, h+1) {
		return -1
	}
	return h
}
