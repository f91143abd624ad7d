package lookup

// An act met only as a word of a name (part of stage 4, yes/no). A
// proper name built from common words refers to its bearer and does not
// predicate what its words mean: "the Dubuque Fire Department" tells of
// an institution, not of anyone being fired, as "First Baptist Church"
// tells of no baptism (Quirk et al. 1985, §5.64–5.66, proper nouns built
// from common ones; nameword.go reads the same fact for ranking). So
// when the best sentence for a yes/no question holds the question's verb
// only inside such a name, and no sentence that tells of the question's
// subject holds the verb outside one, the article never tells the act of
// that subject, and the question is one it does not answer.

// yesNoAct is the verb a yes/no question asks of its subject: after a
// named subject ("will Idaho appeal"), the participle of a passive ("was
// Kemp fired"), the act after "did" or "has" ("did the board fire her"),
// or the complement that ends a copular question ("is the stock
// insured").
func (e *Engine) yesNoAct(q *query) (term, bool) {
	if t, ok := e.askedVerb(q); ok {
		return t, true
	}
	if t, ok := e.passiveAsked(q); ok {
		return t, true
	}
	if t, ok := e.doneAsked(q); ok {
		return t, true
	}
	if n := len(q.toks); n > 2 && copulas[q.toks[0].lower] && (e.canBe(q.toks[n-1].lower, "adj") || e.pastVerbForm(q.toks[n-1].lower)) {
		return q.termFor(q.toks[n-1].lower) // "is the stock insured": the predicative adjective or participle, not a title's noun ("is Cole still library director")
	}
	return term{}, false
}

// actOnlyNamed reports whether the best candidate c holds the question's
// act only inside proper names the question does not otherwise ask about,
// and no sentence that mentions every subject of the question holds the
// act outside one.
func (e *Engine) actOnlyNamed(q *query, c candidate) bool {
	if q.likeClause {
		return false
	}
	t, ok := e.yesNoAct(q) // with no named subject, every sentence tells of it ("is the stock insured": "Shares of Barnwell Insurance")
	if !ok || !namedOnly(q, &e.r.sents[c.s], t) {
		return false
	}
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if i != c.s && mentionsAll(s, q.subjects) && s.hasTerm(t) && !namedOnly(q, s, t) {
			return false // told of the subject elsewhere
		}
	}
	return true
}

// namedOnly reports whether s holds term t, and every word of s that
// matches t stands inside a proper name (inNameOnly).
func namedOnly(q *query, s *sentence, t term) bool {
	ms := termAt(s, t)
	for _, m := range ms {
		if !inNameOnly(q, s, m) {
			return false
		}
	}
	return len(ms) > 0
}
