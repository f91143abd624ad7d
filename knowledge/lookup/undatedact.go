package lookup

import "slices"

// An act the article tells whole but does not date (part of stage 4,
// times). A time adjunct dates the clause it stands in (Quirk et al.
// 1985, §8.50 on adjuncts of time as constituents of their clause), so
// when the one sentence that tells everything a when-question asks
// ("Searchers have since found at least six more fragments") carries no
// time, a time from a sentence that tells only part of it ("put a
// fragment on public display … in January") dates some other act, and
// the article has not said when the asked one happened.

// undatedWholeAct reports whether some sentence without a time holds
// every term of q and every entity it names: the act asked, told whole,
// undated.
func (e *Engine) undatedWholeAct(q *query) bool {
	if len(q.terms) < 2 {
		return false // one word asked is no act told whole
	}
	total := e.totalWeight(q)
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if len(s.times) > 0 || s.part != "" {
			continue // a headline tells its act undated by convention, the lead dates it
		}
		if c := e.score(q, i, total); c.coverage >= wholeCoverage && c.subjects == len(q.subjects) {
			return true
		}
	}
	return false
}

// dropPartsOfUndated removes from cands, when the article tells the act
// of q whole and undated, every sentence that holds only part of q.
func (e *Engine) dropPartsOfUndated(q *query, cands []candidate) []candidate {
	if !e.undatedWholeAct(q) {
		return cands
	}
	return slices.DeleteFunc(cands, func(c candidate) bool { return c.coverage < wholeCoverage })
}

// wholeCoverage is the share of a question's term weight that counts as
// all of it (the sum of float weights may fall short of 1 by rounding).
const wholeCoverage = 0.999
