package lookup

import "strings"

// coordinatedBeforeCommon is the first token of coordinated proper names
// that premodify the plural noun at token i of s across at most two
// common premodifiers, or -1: in "the Adams and Monroe elementary
// schools" the proper nouns and the common premodifier "elementary" stand
// in one premodifier sequence, names before classifying words (Quirk et
// al., ch. 17, the order of premodifiers: classifying ones next to the
// head), and the coordinated names
// share the plural head, one school each (§13.72, "the British and
// American governments"). Only names that are coordinated count: one name
// before a common premodifier ("Democratic state senators") does not say
// which senators. The common premodifiers are words WordNet has as an
// adjective or as a noun and no verb, with no comma between.
func (e *Engine) coordinatedBeforeCommon(s *sentence, i int) int {
	t := s.toks[i]
	if t.cap || !plural(t.lower) {
		return -1
	}
	j := i
	for j > 0 && i-j < 2 && e.commonPremodifier(s, j-1) {
		j--
	}
	if j == i {
		return -1
	}
	first := e.nameRunBefore(s, j)
	if first < 0 {
		return -1
	}
	if f := e.coordinatedNames(s, first); f < first {
		return f
	}
	return -1
}

// commonPremodifier reports whether token k of s is a lower-case word
// that may premodify the next one within a noun phrase: an adjective or
// a noun WordNet does not have as a verb, not a closed-class word, with
// no punctuation after it.
func (e *Engine) commonPremodifier(s *sentence, k int) bool {
	t := s.toks[k]
	if t.cap || t.poss || stopWords[t.lower] || prepositions[t.lower] || determiners[t.lower] || quantifiers[t.lower] ||
		strings.ContainsAny(s.text[t.end:s.toks[k+1].start], ",;:") {
		return false
	}
	return e.canBe(t.lower, "adj") || e.canBe(t.lower, "noun") && !e.canBe(t.lower, "verb")
}
