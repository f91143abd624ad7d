package lookup

import "strings"

// premodifiedSubjectHead is the head of a when-question's inverted subject
// when its first word is a noun premodifier ("when does the county board
// vote": board, not county). A noun that only a noun can be, set before
// another noun, modifies it (Quirk et al. 1985, ch. 17, premodification
// by nouns), and news writing names the thing again by its head alone
// once the full name is given ("the Harlan County Board … The board is
// expected to vote on May 14"; Quirk et al. 1985, ch. 5, the anaphoric
// use of the definite article, the head repeated). The second noun is the
// head only when the verb follows it: after a modal or do-support the
// verb is in its base form (Quirk et al. 1985, §3.23), after "be" in its
// -ing or -ed form, so in "when will the sheriff tour the farms" the
// word after "tour" is no verb and "tour" is the verb asked. false when
// the subject opens with no such premodifier. An adjective that only an
// adjective can be premodifies the same way ("when were the new gates
// built": gates; Quirk et al. 1985, §17.94 on the adjective as
// premodifier), and "They were built …" names the gates by pronoun.
func (e *Engine) premodifiedSubjectHead(q *query) (term, bool) {
	t := q.toks
	if _, ok := invertedSubjectHead(q); !ok || len(t) < 6 {
		return term{}, false
	}
	pre := t[3].lower
	if !(e.canBe(pre, "noun") && !e.canBe(pre, "adj") || e.adjectiveOnly(pre)) || e.canBe(pre, "verb") || !e.canBe(t[4].lower, "noun") || !e.verbAfterSubject(t[1].lower, t[5].lower) {
		return term{}, false
	}
	tm, ok := q.termOf(t[4].lower)
	return tm, ok && tm.known
}

// verbAfterSubject reports whether w, the word after an inverted subject
// whose operator is op, may be the question's verb: a base form after a
// modal or do-support, an -ing or -ed form after "be" (Quirk et al. 1985,
// §3.23 and §11.14).
func (e *Engine) verbAfterSubject(op, w string) bool {
	if stopWords[w] || determiners[w] || !e.canBe(w, "verb") && !e.canBe(e.lex.Lemma(w), "verb") {
		return false
	}
	if beForms[op] {
		return strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") || e.lex.Lemma(w) != ""
	}
	if b, ok := strings.CutSuffix(w, "s"); ok && !strings.HasSuffix(b, "s") && e.canBe(b, "noun") {
		return false // "farms": a regular plural, no base form
	}
	base := e.lex.Lemma(w)
	return (base == "" || base == w) && e.canBe(w, "verb")
}

// holdsSubjectHead reports whether s holds the head of the question's
// inverted subject: its first word, or the head after a noun premodifier
// (premodifiedSubjectHead), by a form or a pronoun.
func (e *Engine) holdsSubjectHead(q *query, s *sentence, head term) bool {
	if holdsTermOrIt(s, head) {
		return true
	}
	h, ok := e.premodifiedSubjectHead(q)
	return ok && holdsTermOrIt(s, h)
}
