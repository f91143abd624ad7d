package lookup

// A why-question presupposes its act (Quirk et al., §11.14: a
// wh-question takes its proposition for granted), and asks the cause of
// that act only. A sentence that holds none of the question's words
// itself, only a WordNet synonym of them in another sense ("ordered
// everyone … to leave" for "resign") or a broader word (a hyponym entails
// its hypernym, not the other way round: Cruse, "Lexical Semantics",
// 1986, ch. 6), does not state the act, and so gives no cause of it. A
// word for the act's effect does state it: "what killed him" asks the
// cause of "he died", the act WordNet's cause pointer makes "kill" bring
// about.

// holdsAWordItself reports whether s holds some term of q as the word
// itself, an inflection or derived form of it, or its whole phrase, not
// only through a synonym, or the act's effect; a question without terms
// holds trivially.
func (e *Engine) holdsAWordItself(q *query, s *sentence) bool {
	if len(q.terms) == 0 {
		return true
	}
	for _, t := range q.terms {
		for k, tok := range s.toks {
			if t.sameWord(tok) || t.derived && t.matches(tok) || t.phraseAt(s.toks, k) && (t.phrasal || t.derived) || e.effectOf(t, tok) {
				return true
			}
		}
	}
	return false
}

// effectOf reports whether tok is a verb whose act the term's verb causes
// ("died" of "killed").
func (e *Engine) effectOf(t term, tok token) bool {
	if e.noLex || !t.matches(tok) {
		return false
	}
	asked := e.baseVerb(t.lower)
	for _, c := range e.lex.Causers(e.baseVerb(tok.lower)) {
		if c == asked {
			return true
		}
	}
	return false
}
