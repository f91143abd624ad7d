package lookup

import "slices"

// A part of a breakdown set apart by its act (part of stage 4, in
// wholeOfParts). "Three were taken to a hospital, and the other 11 were
// released": "the other N" names the rest of the group the first count
// began (Quirk et al. 1985, §6.56 and §7.39; remainder.go), and each part
// has a predicate of its own, the two coordinated clauses telling what
// sets each part apart (§13.92 on gapping: the conjunct keeps what
// differs). A question that names a part's own verb, one the other
// part's clause does not have ("how many were released"), asks that
// part, as one that names a part's time does. One that also names what
// the whole counts or the whole's own verb ("how many people are losing
// their jobs" of "eliminating 640 jobs", when one part "will lose their
// jobs" and the rest "will leave") asks the group, the parts being two
// ways its members share the act.

// partActAsked reports whether q names the own verb of part n of s
// (act 2, numberVerbs) and not that of its other part m, nor the noun or
// the own verb of the whole w of t the two make up.
func (e *Engine) partActAsked(q *query, s *sentence, n, m quantity, t *sentence, w quantity) bool {
	acts := e.actsOf(q)
	if acts.actMatch(s, n) != 2 || acts.actMatch(s, m) == 2 || acts.actMatch(t, w) > 0 {
		return false
	}
	return w.unit == "" || !slices.ContainsFunc(q.terms, func(tm term) bool { return tm.matchesStem(w.unit) })
}
