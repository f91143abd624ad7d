package lookup

import "strings"

// An opposite act says No only of the same time: "will the plant close"
// asks of the future, and "the factory, which opened in 1962" tells a past
// act, which denies nothing to come (a past-tense verb places its act
// before the time of speaking, the future modal after it: Quirk et al.
// 1985, §4.11 and §4.42). The antonym must then be told of the future too
// ("will stay open") to answer No.

// pastOnly reports whether the question asks of the future while the
// sentence tells the antonym at k in the past tense: an -ed form (or an
// irregular past, which WordNet's exception list reduces to another
// base) with no modal or intention before it in the sentence.
func (e *Engine) pastOnly(q *query, s *sentence, k int) bool {
	if !asksFuture(q) || intended(s, []int{k}) {
		return false
	}
	w := s.toks[k].lower
	return strings.HasSuffix(w, "ed") || !e.noLex && e.lex.Lemma(w) != "" && e.lex.Lemma(w) != w
}
