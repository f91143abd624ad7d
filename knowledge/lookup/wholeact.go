package lookup

import "slices"

// The whole act first (part of stage 4, who-questions): of the sentences
// that tell the asked act, one that also holds every other word of the
// question tells that act, and one that lacks a word tells another act of
// the same verb. A transitive verb's act is identified with its object
// (Quirk et al., §10.6, §16.19), so "who won the race" is answered by
// "Okafor wins Brenham mayor's race" or "… defeating Walter Pruitt in a
// race", not by "Pruitt won the two wards on the city's north side".

// wholeFirst reorders ranked, stably, so that the candidates holding
// every term of q come before those missing one.
func (e *Engine) wholeFirst(q *query, ranked []candidate) []candidate {
	if len(q.terms) < 2 {
		return ranked
	}
	out := slices.Clone(ranked)
	slices.SortStableFunc(out, func(a, b candidate) int {
		wa, wb := e.holdsEveryTerm(q, &e.r.sents[a.s]), e.holdsEveryTerm(q, &e.r.sents[b.s])
		switch {
		case wa && !wb:
			return -1
		case wb && !wa:
			return 1
		}
		return 0
	})
	return out
}

// holdsEveryTerm reports whether s holds each of q's terms.
func (e *Engine) holdsEveryTerm(q *query, s *sentence) bool {
	for _, t := range q.terms {
		if len(termAt(s, t)) == 0 {
			return false
		}
	}
	return true
}
