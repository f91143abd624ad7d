package lookup

import "storybot/knowledge"

// The doer a genitive relative names (part of stage 4, the doer of the
// asked act). "Whose" is the genitive of the relative pronoun: it
// determines the head of its noun phrase as the antecedent's, as "his" or
// "its" would (Quirk et al. 1985, §6.36 and §17.10), so in "Benavides,
// whose company built the apartments" the apartments were built by
// Benavides's company, and the one the article names for the act is the
// antecedent the comma sets the nonrestrictive clause off from (§17.22),
// not an unnamed "company".

// whoseDoer is the person or organisation whose name stands, followed by
// a comma, right before a "whose" that opens the subject of the asked act
// in s (up to three words, no punctuation, before the verb and its
// operators); -1 when the act's subject opens with no such "whose".
func (e *Engine) whoseDoer(q *query, s *sentence) int {
	_, k := e.askedActAt(q, s)
	if k < 1 {
		return -1
	}
	return e.whoseAntecedent(s, k)
}

// whoseAntecedent is whoseDoer for a subject that ends at token k of s.
func (e *Engine) whoseAntecedent(s *sentence, k int) int {
	for j := k; j > 0 && j >= k-3 && spaced(s, j, k); j-- {
		if s.toks[j].lower != "whose" {
			continue
		}
		if !commaBetween(s, j-1, j) {
			return -1
		}
		for _, kind := range []knowledge.EntityKind{knowledge.Person, knowledge.Organisation} {
			if x := e.namedEndingAt(s, j, kind); x >= 0 {
				return x
			}
		}
		return -1
	}
	return -1
}
