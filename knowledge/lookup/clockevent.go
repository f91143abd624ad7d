package lookup

// A news story tells its event in the lead and gives details later,
// naming the event again by a definite noun: "The council voted 10-5
// early Wednesday to override the veto" and, paragraphs on, "The vote
// came shortly after 1 a.m." The definite article marks the noun as
// known from before, and the repeated word ties it to the event told
// there (Halliday and Hasan, "Cohesion in English", 1976, §6.1 on
// reiteration; Quirk et al., §5.28 on the anaphoric "the").

// clockOfNamedEvent answers a what-time question from a sentence with a
// clock time that names the asked act by "the" and its noun, when an
// earlier sentence holds the whole question: the event's clock time, told
// apart from the event. Both sentences are cited.
func (e *Engine) clockOfNamedEvent(q *query, hasClock func(*sentence) bool) (reply, bool) {
	ante, ok := e.best(q, func(s *sentence) bool { return s.part == "" })
	if !ok {
		return reply{}, false
	}
	for _, c := range e.rank(q, hasClock) {
		s := &e.r.sents[c.s]
		if c.s <= ante.s || s.part != "" {
			continue
		}
		k := e.definiteActNoun(q, s)
		if k < 0 || e.statesOpposite(q, s) {
			continue // "The meeting began at 6 p.m." does not say when it ended
		}
		return reply{found: true, head: e.clockHead(q, s, []int{k}), used: []*sentence{&e.r.sents[ante.s], s}}, true
	}
	return reply{}, false
}

// definiteActNoun is the index of a word of s, after "the", that is a
// form of one of the question's terms naming an act ("the vote" for
// "vote"; not "the council"), or -1.
func (e *Engine) definiteActNoun(q *query, s *sentence) int {
	for k := 1; k < len(s.toks); k++ {
		if s.toks[k-1].lower != "the" || s.toks[k].cap {
			continue
		}
		for _, t := range q.terms {
			if t.sameWord(s.toks[k]) && e.namesAct(t) {
				return k
			}
		}
	}
	return -1
}
