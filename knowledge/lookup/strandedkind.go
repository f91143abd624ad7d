package lookup

// A sentence that names the asked thing by a narrower noun (part of stage
// 4, object questions): a story names its subject first by a specific
// noun and then by a broader one ("a beagle … The dog"), reiteration by a
// superordinate (Halliday & Hasan 1976, "Cohesion in English", §6.1;
// WordNet's hypernymy, Fellbaum 1998, ch. 1), and the act by a synonym
// ("wedged" for "stuck"), so the sentence that answers "what was the dog
// stuck in" may share no word with it and never be ranked. When no ranked
// sentence answers an object question with a stranded preposition, the
// first sentence that names the act with that preposition after it and
// each of the question's nouns, as written or by a kind of it, does.

// strandedKindSentence returns that sentence, for a question that names
// no entity; false when none does.
func (e *Engine) strandedKindSentence(q *query, a objectAsk, keep func(*sentence) bool) (candidate, bool) {
	if a.stranded == "" || len(q.subjects) > 0 || e.lex == nil {
		return candidate{}, false
	}
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if keep != nil && !keep(s) || !e.answersObject(s, a) {
			continue
		}
		if e.holdsNounsOrKinds(q, s, a) {
			return candidate{s: i}, true
		}
	}
	return candidate{}, false
}

// holdsNounsOrKinds reports whether s holds every known content term of
// q but the asked verb, each as written or by a noun WordNet files as a
// kind of it, and q has at least one such term.
func (e *Engine) holdsNounsOrKinds(q *query, s *sentence, a objectAsk) bool {
	n := 0
	for _, t := range q.terms {
		if t.lower == a.verb.lower || !t.known || t.weak || lightVerbs[t.lower] {
			continue
		}
		if !s.hasTerm(t) && !e.namesKindOf(s, t) {
			return false
		}
		n++
	}
	return n > 0
}

// namesKindOf reports whether s writes, in lower case, a noun WordNet
// files as a kind of term t's noun ("beagle" of "dog").
func (e *Engine) namesKindOf(s *sentence, t term) bool {
	if stopWords[t.lower] || !e.canBe(singular(t.lower), "noun") {
		return false
	}
	for _, tok := range s.toks {
		if tok.cap || stopWords[tok.lower] || tok.lower == t.lower || !e.canBe(singular(tok.lower), "noun") {
			continue
		}
		if e.lex.KindOf(singular(tok.lower), singular(t.lower)) {
			return true
		}
	}
	return false
}
