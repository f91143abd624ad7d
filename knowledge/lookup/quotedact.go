package lookup

// An act told only in a relative clause inside a quotation (part of
// stage 4, who-questions). "FTC Chair Lina Park called the ruling 'a win
// for every family that buys groceries'" quotes a relative clause whose
// subject, "that", stands for "every family" there; the speaker outside
// the quotation marks is no doer of it. Other quoted verbs are left to
// the usual reading: a quotation's first person is its speaker ("I shot
// him," Roe said; Quirk et al. 1985, §14.29), and a partial quotation
// may open after its subject (Sessions "conducted 25 conversations").

// actOnlyQuotedOfOther reports whether every occurrence in s of the
// who-question's verb stands inside quotation marks right after a
// relative pronoun quoted with it.
func (e *Engine) actOnlyQuotedOfOther(q *query, s *sentence) bool {
	return e.everyAskedAct(q, s, func(_ term, i int) bool {
		return i > 0 && quotedAt(s, i) && quotedAt(s, i-1) && subjectRelatives[s.toks[i-1].lower]
	})
}
