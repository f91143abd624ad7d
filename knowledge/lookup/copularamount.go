package lookup

// A sum as a subject complement (part of stage 4, amounts). In "The
// current toll is $4" the copula joins the sum to its subject, which the
// complement identifies by its value (Quirk et al. 1985, §10.8 on the
// copular clause SVC): the sum is the subject's amount as "a toll of $4"
// or "a $4 toll" would make it. The subject's head is the noun right
// before the copula, or, when an of-phrase postmodifies it ("the cost of
// the new bridge is $40 million"), the noun before "of" (§17.37: the
// head stands before its postmodifier).

// copularSubjectHead is the head noun of the subject of the copula at
// token k of s, when a present or past form of "be" stands there with a
// noun right before it and no punctuation between; -1 otherwise.
func (e *Engine) copularSubjectHead(s *sentence, k int) int {
	toks := s.toks
	if k < 1 || !copulaForms[toks[k].lower] || punctuatedBetween(s.text, toks, k) {
		return -1
	}
	h := k - 1
	if stopWords[toks[h].lower] || toks[h].cap && h > 0 || !e.isNoun(toks[h]) { // a capital opening the sentence marks no name
		return -1
	}
	for j := h - 1; j >= 1 && j >= h-3; j-- {
		w := toks[j].lower
		if w == "of" && !stopWords[toks[j-1].lower] && e.isNoun(toks[j-1]) && !punctuatedBetween(s.text, toks, j) {
			return j - 1 // "the cost of the new bridge is": the cost
		}
		if !determiners[w] && (stopWords[w] || prepositions[w]) || punctuatedBetween(s.text, toks, j+1) {
			break
		}
	}
	return h
}
