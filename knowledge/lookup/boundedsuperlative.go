package lookup

import "slices"

// A superlative bounded by "since" (part of stage 5, yes/no). "The Crater
// Fire is the largest in the county since the 2022 Tunnel Fire" ranks the
// fire first only among those after the Tunnel Fire: the superlative's
// comparison set is the span "since" opens (Quirk et al. 1985, §7.82 on
// the superlative's set; §9.36, "since" as a span's start), so the
// occasion at its start was as big or bigger (superlativesince.go reads
// the same construction for "when was the last one this big"). A yes/no
// question asking the superlative without such a bound ("is it the
// biggest fire ever in the county") is answered No by it.

// boundedSuperlative reports whether a matched superlative of s, asked by
// q, is followed in its clause by "since", when q names no "since" of
// its own.
func (e *Engine) boundedSuperlative(q *query, s *sentence, matched []int) bool {
	isSuperlative := func(w string) bool { return e.superlativeBase(w) != "" || w == "most" }
	if slices.ContainsFunc(q.toks, func(t token) bool { return t.lower == "since" }) || !slices.ContainsFunc(q.toks, func(t token) bool { return isSuperlative(t.lower) }) {
		return false
	}
	for _, m := range matched {
		if !isSuperlative(s.toks[m].lower) {
			continue
		}
		for k := m + 1; k < len(s.toks) && !commaBetween(s, k-1, k); k++ {
			if s.toks[k].lower == "since" {
				return true
			}
		}
	}
	return false
}
