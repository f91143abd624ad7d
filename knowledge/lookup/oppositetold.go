package lookup

import "slices"

// The opposite act told, the asked one not (part of stage 4, times).
// Antonyms are incompatible (Cruse, "Lexical Semantics", 1986, ch. 9):
// "The branch, which opened in 1894" tells the branch's opening, and an
// article that tells a thing's opposite act without the asked one has not
// told when the asked one happened. A time from a sentence that does not
// write the asked verb ("display the book … in the lobby of its downtown
// branch starting next month") then dates some other act, and "when did
// the downtown branch close" is not answered by it.

// oppositeOfSubjectTold reports whether a when-question's verb has an
// opposite that some sentence writes, without the verb, of the head noun
// of the question's subject: the word right before the verb.
func (e *Engine) oppositeOfSubjectTold(q *query) (term, bool) {
	t, ok := e.askedWhenVerb(q)
	if !ok || e.noLex {
		return term{}, false
	}
	k := slices.IndexFunc(q.toks, func(tok token) bool { return tok.lower == t.lower || t.ofVerb(tok) })
	if k < 1 {
		return term{}, false
	}
	head, ok := q.termOf(q.toks[k-1].lower)
	if !ok {
		return term{}, false
	}
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if writesVerb(s, t) || !s.hasTerm(head) {
			continue
		}
		if e.opposedFromSentence(s, t) || e.writesAntonym(s, t) {
			return t, true
		}
	}
	return term{}, false
}

// writesAntonym reports whether s writes one of t's WordNet antonyms.
func (e *Engine) writesAntonym(s *sentence, t term) bool {
	for _, a := range e.antonymWords(t.lower) {
		for _, tok := range s.toks {
			if tok.lower == a || stemsMeet(tok.stem, stemOf(a)) || e.lex.Lemma(tok.lower) == a {
				return true
			}
		}
	}
	return false
}

// dropWithoutAskedVerb removes from cands, when the article tells the
// opposite of the asked act of its subject, every sentence that does not
// write the asked verb itself.
func (e *Engine) dropWithoutAskedVerb(q *query, cands []candidate) []candidate {
	t, ok := e.oppositeOfSubjectTold(q)
	if !ok {
		return cands
	}
	return slices.DeleteFunc(cands, func(c candidate) bool { return !writesVerb(&e.r.sents[c.s], t) })
}

// writesVerb reports whether s writes the verb of term t itself, in some
// form or as its multi-word phrase: not a synonym of another of its parts
// of speech ("next" for the adjective "close").
func writesVerb(s *sentence, t term) bool {
	for k, tok := range s.toks {
		if stemsMeet(tok.stem, t.stem) || t.written != "" && stemsMeet(tok.stem, t.written) || t.phraseAt(s.toks, k) {
			return true
		}
	}
	return false
}
