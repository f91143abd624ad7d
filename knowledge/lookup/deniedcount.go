package lookup

import "strings"

// A count that is the subject of a denied predicate counts those of
// whom the act is denied: "Three students were not hurt" says who
// escaped, not how many were hurt (Quirk et al. 1985, §10.54: "not" and
// "n't" negate the predication). Only a question that is itself negated
// ("how many weren't hurt") asks for it.

// deniedCount reports whether the verb of count n of s, the first word
// after its noun phrase past the operators, is denied, and that verb is
// the question's act (actMatch) while the question is not negated.
func deniedCount(q *query, s *sentence, n quantity, acts actWords) bool {
	if q.negated || n.kind != qCount || acts.actMatch(s, n) == 0 {
		return false
	}
	denied := false
	for j := n.end; j < len(s.toks) && j <= n.end+4; j++ {
		w := s.toks[j].lower
		switch {
		case w == "not" || w == "never" || strings.HasSuffix(w, "n't"):
			denied = true // "were not hurt", "weren't hurt", "have never been found"
		case passiveAux[w] || auxiliaries[w] || isAdverb(w):
		default:
			return denied && j > n.end
		}
	}
	return false
}
