package lookup

// What did it (part of stage 4, what-questions). "What crushed the
// truck" asks the subject of an active verb, a thing (a who-question asks
// a person): English puts the subject before its verb (Quirk et al. 1985,
// §2.13), at the start of its clause ("A falling oak tree crushed a
// pickup truck"), or, in a relative clause, as the antecedent the
// relative pronoun stands for ("a fire that destroyed a barn": §17.8).
// So the noun phrase before the asked verb, back to its determiner or its
// clause's start, answers first.

// thingSubject answers "what VERBED X" with the subject of the asked verb
// in one of the best sentences that hold the question.
func (e *Engine) thingSubject(q *query) (reply, bool) {
	if len(q.toks) < 3 || q.toks[0].lower != "what" {
		return reply{}, false
	}
	v := q.toks[1].lower
	if auxiliaries[v] || beForms[v] || haveForms[v] || doForms[v] || !e.pastForm(v) {
		return reply{}, false
	}
	t, ok := q.termOf(v)
	if !ok {
		return reply{}, false
	}
	for _, s := range e.heldSentences(q, e.rank(q, nil), 3) {
		for _, m := range termAt(s, t) {
			if p := e.subjectPhraseBefore(s, m); p != "" && !passiveAt(s.toks, m) {
				return reply{found: true, head: capitalise(p) + ".", used: []*sentence{s}}, true
			}
		}
	}
	return reply{}, false
}

// subjectPhraseBefore is the noun phrase that is the subject of the verb
// at m: the words before it back to a determiner, the clause's start
// (clauseStart), a comma or a verb, past a relative pronoun to its
// antecedent; "" when none, or when it is a bare pronoun.
func (e *Engine) subjectPhraseBefore(s *sentence, m int) string {
	end := m - 1
	if end > 0 && subjectRelatives[s.toks[end].lower] {
		end-- // "a fire that destroyed": the antecedent
	}
	start := max(datelineEnd(s), clauseStart(s, end))
	if end < start || punctuatedBetween(s.text, s.toks, end+1) && end == m-1 || subjectPronouns[s.toks[end].lower] || !e.isNoun(s.toks[end]) {
		return ""
	}
	from := end
	for from > start && end-from < 8 {
		p := s.toks[from-1]
		if punctuatedBetween(s.text, s.toks, from) || prepositions[p.lower] && !e.isNoun(s.toks[from]) || e.pastForm(p.lower) && !determiners[p.lower] || auxiliaries[p.lower] {
			break
		}
		from--
		if determiners[p.lower] {
			break // "a lightning strike": the determiner opens the noun phrase
		}
	}
	if from-1 == start && determiners[s.toks[from].lower] && e.isNoun(s.toks[start]) && !punctuatedBetween(s.text, s.toks, from) {
		from = start // "Hail the size of golf balls damaged": a bare noun opens the clause, the phrase after it its measure
	}
	return s.text[s.toks[from].start:s.toks[end].end]
}
