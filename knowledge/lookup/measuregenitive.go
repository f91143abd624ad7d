package lookup

import "strings"

// Measures in the genitive (part of stage 4, counts and amounts): "90
// days' notice", "two weeks' pay", "a year's salary" give the amount of
// the noun the genitive determines, in the unit of the measure (Quirk et
// al., §5.118, the genitive of measure). "How much notice" is answered by
// "90 days'" though the days are not the notice.

// measureGenitive reports whether n is a measure written in the genitive
// whose next word is the noun q counts: its last word carries the
// possessive and its unit is one of measureUnits.
func measureGenitive(q *query, s *sentence, n quantity) bool {
	if n.kind != qCount || measureOf(n.unit) == "" || n.end <= 0 || n.end >= len(s.toks) || !genitiveAt(s, n.end-1) {
		return false
	}
	next := stemOf(s.toks[n.end].lower)
	for _, f := range q.counted() {
		if stemsMeet(next, f) {
			return true
		}
	}
	return false
}

// genitiveAt reports whether token k of s is written in the genitive:
// with 's, or a plural in -s with the bare apostrophe after it ("days'"),
// which the tokenizer leaves outside the word (Quirk et al., §5.112).
func genitiveAt(s *sentence, k int) bool {
	t := s.toks[k]
	if t.poss {
		return true
	}
	rest := s.text[t.end:]
	return strings.HasSuffix(t.lower, "s") && (strings.HasPrefix(rest, "'") || strings.HasPrefix(rest, "’"))
}
