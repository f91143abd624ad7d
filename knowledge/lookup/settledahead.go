package lookup

// Plans and permissions that settle a question about what will or can be
// done (part of stage 4, yes/no): "will it come back next year" is
// answered by "the company intends to hold the festival next year", and
// "can I take it back to the store" by "customers may return the heaters
// to any store", though the report tells the act by another verb than the
// question's. A question in future time is answered by a stated
// intention, the report's way of telling a future act (Quirk et al.
// 1985, §4.42–4.48: will, be going to and the verbs of intention), and a
// question with can or could asks ability or permission, which may and
// can grant in the report (Quirk et al. 1985, §4.49–4.53: the modals of
// permission). The sentence must hold the question's named doers and a
// word of the question after the modal or the verb of intention, as the
// object or place of its act; a negated modal or verb is left to the
// rules of denial.

// permissionModals are the modals that grant permission or tell ability
// (Quirk et al. 1985, §4.49–4.53).
var permissionModals = set("may", "can")

// asksAbility reports whether a yes/no question opens with can or could
// ("can students still read them", "could I get a refund").
func asksAbility(q *query) bool {
	for _, t := range q.toks {
		if chatWords[t.lower] {
			continue
		}
		return t.lower == "can" || t.lower == "could"
	}
	return false
}

// settledAhead answers a yes/no question about a future or permitted act
// whose best sentence holds only part of its words: Yes, as the stated
// plan or as allowed, when the sentence tells the act as intended or
// permitted (see the file comment).
func (e *Engine) settledAhead(q *query, s *sentence, c candidate) (reply, bool) {
	if q.typ != tYesNo || q.negated || c.subjects < len(q.subjects) || len(c.matched) == 0 {
		return reply{}, false
	}
	future, ability := asksFuture(q), asksAbility(q)
	if !future && !ability || e.objectUnheld(q, s, c) {
		return reply{}, false
	}
	for k, tok := range s.toks {
		w := tok.lower
		plan := future && intentionVerbs[w] && k+1 < len(s.toks) && s.toks[k+1].lower == "to"
		allowed := ability && permissionModals[w] && k > 0
		if !plan && !allowed || negatedVerb(s, k) || k+2 < len(s.toks) && negations[s.toks[k+1].lower] {
			continue
		}
		if !heldAround(q, s, c.matched, k) {
			continue
		}
		if plan {
			return reply{found: true, head: "Yes — that is the stated plan:", used: []*sentence{s}}, true
		}
		return reply{found: true, head: "Yes —", used: []*sentence{s}}, true
	}
	return reply{}, false
}

// objectUnheld reports whether a noun of the question has no match in
// s: the sentence then tells a plan or a permission about another thing
// ("plans to sell its stores" says nothing of selling the plant), while
// the act may be told by another verb than the question's.
func (e *Engine) objectUnheld(q *query, s *sentence, c candidate) bool {
	for _, t := range q.terms {
		held := false
		for _, m := range c.matched {
			held = held || t.matches(s.toks[m])
		}
		if !held && e.nounOnlyForm(t.lower) {
			return true
		}
	}
	return false
}

// heldAround reports whether a matched word stands after token k of s in
// its clause, within eight words, and, when the question names its doer,
// a matched word stands before k as the subject in the usual order of
// English (Quirk et al. 1985, §2.13).
func heldAround(q *query, s *sentence, matched []int, k int) bool {
	after, before := false, len(q.subjects) == 0
	for _, m := range matched {
		if m > k && m <= k+8 && !clauseBreakBetween(s, k, m) {
			after = true
		}
		if m < k {
			before = true
		}
	}
	return after && before
}

// clauseBreakBetween reports whether a coordinator or a relative or
// complement word stands between tokens i and j of s, opening another
// clause (see infinitiveEnds).
func clauseBreakBetween(s *sentence, i, j int) bool {
	for k := i + 1; k < j; k++ {
		if infinitiveEnds[s.toks[k].lower] {
			return true
		}
	}
	return false
}

// permittedAct answers a can or could question whose act the best
// sentence tells under may or can: in answer to a question of
// permission or ability the modal grants the act, where it would
// otherwise read as a mere possibility (possibility.go).
func (e *Engine) permittedAct(q *query, s *sentence, c candidate) (reply, bool) {
	if !asksAbility(q) || !e.onlyPossible(q, s) {
		return reply{}, false
	}
	return e.settledAhead(q, s, c)
}
