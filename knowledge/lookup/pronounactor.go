package lookup

// A story names a person once and then calls them "he" or "she": the
// sentence that tells the act asked about may give its doer only by the
// pronoun that opens it ("He died at the scene"), the subject of its
// main clause (Quirk et al. 1985, §2.13; §6.11 on anaphoric pronouns).
// Asked who did it, the reader is owed the person the pronoun stands for,
// not the source the attribution names ("…, police said"), when the
// sentence holds all the question asks: "She taught sculpture" does not
// tell who taught her to weld.

// pronounActor is the person the opening "he" or "she" of s refers to
// (pronounSubject) when that pronoun is the subject of the question's
// act, with only operators, "not" and adverbs between; -1 otherwise.
func (e *Engine) pronounActor(q *query, s *sentence) int {
	t, ok := e.askedAct(q)
	if !ok {
		return -1
	}
	x, ok := e.pronounSubject(s)
	if !ok {
		return -1
	}
	for i := 1; i < len(s.toks); i++ {
		if !t.actAt(s.toks, i) || nominalAt(s.toks, i) {
			continue
		}
		k := i - 1
		for k > 0 && (auxiliaries[s.toks[k].lower] || beForms[s.toks[k].lower] || isAdverb(s.toks[k].lower) || s.toks[k].lower == "not") {
			k--
		}
		if k == 0 {
			return x
		}
		return -1
	}
	return -1
}

// pronounPatient is the person the opening "he" or "she" of s refers to
// when that pronoun is the subject of a passive of act t ("She was
// charged with …"): the one who underwent it; -1 otherwise.
func (e *Engine) pronounPatient(s *sentence, t term) int {
	x, ok := e.pronounSubject(s)
	if !ok {
		return -1
	}
	for _, m := range termAt(s, t) {
		p, ok := e.passiveSite(s, m)
		if !ok || byPhraseAfter(s, m) {
			continue
		}
		if beforePassiveOperators(s, p) == 0 {
			return x
		}
	}
	return -1
}
