package lookup

import "strings"

// A participle premodifying a noun (part of stage 4, the cutting of noun
// phrases): an -ed participle between a determiner, a possessive or a
// numeral and a noun is an adjective of that noun phrase, not the verb of
// a clause ("a chandelier made from 4,000 recycled wine bottles", "the
// stolen paintings"; Quirk et al. 1985, §7.15 on participial adjectives
// and §17.99 on participles as premodifiers). WordNet may know such a word
// only as a verb ("recycled"), which would otherwise end the phrase at it.

// participlePremodifier reports whether token m of s, a past participle,
// stands after a determiner, a possessive or a numeral and before a
// lower-case noun in the same phrase.
func (e *Engine) participlePremodifier(s *sentence, m int) bool {
	if m == 0 || m+1 >= len(s.toks) || e.lex == nil {
		return false
	}
	w, p, n := s.toks[m].lower, s.toks[m-1], s.toks[m+1]
	if !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "en") && e.lex.Lemma(w) == "" {
		return false
	}
	if !determiners[p.lower] && !possessiveDeterminers[p.lower] && !p.poss && !isNumeric(p) {
		return false
	}
	if n.cap || stopWords[n.lower] || quotedAt(s, m+1) != quotedAt(s, m) || punctuatedBetween(s.text, s.toks, m+1) || inSpans(s.times, n.start) {
		return false
	}
	return e.canBe(n.lower, "noun")
}
