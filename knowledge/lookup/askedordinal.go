package lookup

import "slices"

// An order adjective asked in other words (part of stages 3 and 4,
// when-questions). "Last" is both the final one of a series and the most
// recent one before now (Quirk et al., A Comprehensive Grammar of the
// English Language, 5.22 on the general ordinals), and WordNet 3.0 files
// it with "final" in the first sense ("concluding, final, last,
// terminal": occurring at or forming an end). A question that asks of
// "the final service" so asks of the article's "last service", which is
// then the occasion asked, not another instance or an earlier one.

// asksOrdinal reports whether q names the general ordinal or ordinal w
// that the article writes: the word itself, an adjective of it in its
// most frequent senses (sameOrdinal), or an adjective WordNet files with
// it in any sense ("final" of "last").
func (e *Engine) asksOrdinal(q *query, w string) bool {
	for _, t := range q.toks {
		if t.lower == w || e.sameOrdinal(w, t.lower) {
			return true
		}
		if !e.noLex && e.canBe(t.lower, "adj") && slices.Contains(e.lex.SynonymsInAnySense(w), t.lower) {
			return true
		}
	}
	return false
}

// ordinalAsked is asksOrdinal of q as a test of the article's word.
func (e *Engine) ordinalAsked(q *query) func(string) bool {
	return func(w string) bool { return e.asksOrdinal(q, w) }
}
