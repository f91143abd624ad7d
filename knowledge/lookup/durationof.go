package lookup

import "slices"

// A span of time followed by "of" and a noun is the duration of what the
// noun names: in "three years of probation" the measure noun heads the
// phrase and the of-phrase names the thing measured (Quirk et al., "A
// Comprehensive Grammar of the English Language", on measure phrases and
// partitive constructions). So it answers "how long" only of that thing,
// or of the act whose object the phrase is ("serve three years of
// probation" answers how long she serves), not of anything else the
// sentence names: "how long was Tremaine a judge" is not answered by the
// probation Judge Tremaine ordered.

// durationOfOther reports whether time span n of s is followed by "of"
// and a noun phrase whose first three words meet no term of q, and the
// word before it (past its approximators) meets none either.
func (e *Engine) durationOfOther(q *query, s *sentence, n quantity) bool {
	if measureOf(n.unit) != "time" || n.end+1 >= len(s.toks) || s.toks[n.end].lower != "of" {
		return false
	}
	if of := s.toks[n.end+1]; stopWords[of.lower] || isNumeric(of) {
		return false
	}
	for _, w := range s.toks[n.end+1 : min(n.end+4, len(s.toks))] {
		if slices.ContainsFunc(q.terms, func(t term) bool { return t.matches(w) }) {
			return false // "two weeks of unpaid leave" for "how long is the leave"
		}
	}
	k := n.tok - 1
	for k >= 0 && approximators[s.toks[k].lower] {
		k--
	}
	return k < 0 || !slices.ContainsFunc(q.terms, func(t term) bool { return t.matches(s.toks[k]) })
}
