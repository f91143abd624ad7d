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
// biggest fire ever in the county") is answered No by it. A span that
// starts when the records began ("its lowest level since the state began
// keeping comparable records in 1976") is the whole record: the
// superlative is a record, and gives no such No.

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
				return !recordsSpan(s, k)
			}
		}
	}
	return false
}

// recordsSpan reports whether the "since" at token k of s opens a span
// that begins with the keeping of records: a form of "record" in its
// clause ("since records began", "since the state began keeping records").
func recordsSpan(s *sentence, k int) bool {
	for j := k + 1; j < len(s.toks) && !commaBetween(s, j-1, j); j++ {
		if s.toks[j].stem == "record" {
			return true
		}
	}
	return false
}
