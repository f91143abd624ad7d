package lookup

// A nonrestrictive -ed clause set off by commas right after a name ("Hartwell,
// founded in 1948 by Elmer Hartwell, buys milk") is the reduced form of
// "which was founded …": the -ed participle clause has the passive
// meaning, the name before it is what the act was done to, and its
// by-phrase the agent (Quirk et al. 1985, §17.29 and §17.32 on
// nonrestrictive -ed clauses, §3.67 on the agent). The name is the
// sentence's subject, not the doer, though it stands first.

// namedParticipleAt reports whether token i of s is the participle of
// such a clause: a past form, not capitalised or quoted, right after a
// comma that follows a capitalised word, with a by-phrase before the
// clause ends.
func (e *Engine) namedParticipleAt(s *sentence, i int) bool {
	if i == 0 || s.toks[i].cap || s.quoted[i] || !s.toks[i-1].cap || !e.pastForm(s.toks[i].lower) {
		return false
	}
	if gap := s.text[s.toks[i-1].end:s.toks[i].start]; gap != ", " {
		return false
	}
	return byAfter(s, i) > 0
}

// namesAsked reports whether the name ending right before token i of s
// is one the question names, or the question names none (it asks of "the
// company" or of nothing): a founding told of another name is not the one
// asked.
func (e *Engine) namesAsked(q *query, s *sentence, i int) bool {
	if len(q.subjects) == 0 {
		return true
	}
	for _, x := range q.subjects {
		for at := 0; at < i; at++ {
			if n := e.formAt(s, x, at); n > 0 && at+n == i {
				return true
			}
		}
	}
	return false
}
