package lookup

// An act told only inside a quotation (part of stage 4, who-questions).
// "FTC Chair Lina Park called the ruling 'a win for every family that
// buys groceries'" quotes words whose verbs have their own subjects
// there ("every family"); the speaker outside the quotation marks is no
// doer of them. A quotation's own first person ("I shot him," Roe said)
// is the speaker (Quirk et al. 1985, §14.29 on direct speech), so a verb
// with "I" or "we" just before it is left to the usual reading.

// actOnlyQuotedOfOther reports whether every occurrence in s of the
// who-question's verb stands inside quotation marks with no first-person
// pronoun among the four words before it.
func (e *Engine) actOnlyQuotedOfOther(q *query, s *sentence) bool {
	return e.everyAskedAct(q, s, func(_ term, i int) bool {
		if !quotedAt(s, i) {
			return false
		}
		for k := i - 1; k >= 0 && k >= i-4; k-- {
			if w := s.toks[k].lower; w == "i" || w == "we" {
				return false
			}
		}
		return true
	})
}
