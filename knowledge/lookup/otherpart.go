package lookup

import "slices"

// "The other 190 jobs will be cut at offices in Moline": "other" before
// a figure is a postdeterminer that sets the figure's set against one the
// text already counted (Quirk et al. 1985, §5.21 on "other" among the
// postdeterminers; Halliday and Hasan 1976, §2.4.2, comparative
// reference), so the figure is the rest of a whole, not the whole. A
// "how many" question that does not itself ask for the rest ("other",
// "else", "rest", "remaining") is not answered by it.

// restWords ask for the rest of a set.
var restWords = set("other", "others", "else", "rest", "remaining", "remainder")

// otherPart reports whether count n of s, a count of a noun, follows
// "other", the article counts the whole of that noun for the act asked,
// and q asks for no rest and names no one or nothing that restricts it to
// a part ("how many jobs are cut in Moline" may be asked of the rest).
func (e *Engine) otherPart(q *query, s *sentence, n quantity) bool {
	if n.tok == 0 || s.toks[n.tok-1].lower != "other" || len(q.subjects) > 0 || n.unit == "" {
		return false
	}
	if slices.ContainsFunc(q.toks, func(t token) bool { return restWords[t.lower] }) {
		return false
	}
	return e.wholeOfUnit(q, n)
}

// wholeOfUnit reports whether another sentence gives a larger count of
// n's unit in a clause holding every verb of q: the whole "other" sets n
// against ("will cut about 600 jobs" for "the other 190 jobs will be
// cut"); a rest with an act of its own ("the other 11 were released"
// after "rescued 14") is then no part of the act asked.
func (e *Engine) wholeOfUnit(q *query, n quantity) bool {
	verbs := e.verbTerms(q)
	for i := range e.r.sents {
		o := &e.r.sents[i]
		if !slices.ContainsFunc(o.nums, func(m quantity) bool { return m.kind == qCount && m.unit == n.unit && m.value > n.value }) {
			continue
		}
		if !slices.ContainsFunc(verbs, func(t term) bool { return len(termAt(o, t)) == 0 }) {
			return true
		}
	}
	return false
}
