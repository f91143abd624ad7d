package lookup

import "strings"

// A gerund as a preposition's object. An -ing clause can stand where a
// noun phrase does, and it takes its own object and adverbials with it
// (Quirk et al. 1985, ch. 15 on nominal -ing clauses): "charged
// with interfering with a flight crew" names the charge by the whole
// clause, not by "interfering" alone.

// gerundClause is the -ing clause opening at token j of s, up to the
// punctuation that ends it, as the article writes it; "" when token j
// is no -ing form of a verb or the clause is too long to cut cleanly.
func (e *Engine) gerundClause(s *sentence, j int) string {
	if e.noLex || j >= len(s.toks) || !strings.HasSuffix(s.toks[j].lower, "ing") {
		return ""
	}
	if !e.verbForm(s.toks[j].lower) {
		return "" // "ceiling", "string": no -ing form of a verb
	}
	end := j + 1
	for end < len(s.toks) && !punctuatedBetween(s.text, s.toks, end) && !instrumentClauseEnd[s.toks[end].lower] {
		end++
	}
	if end-j > objectPhraseMax+2 {
		return ""
	}
	return s.text[s.toks[j].start:s.toks[end-1].end]
}
