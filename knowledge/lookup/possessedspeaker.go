package lookup

// A speaker asked for by a relation noun a named possessive determines
// ("what did sandoval's lawyer say") is that person's relative or agent,
// not anyone the article calls by the noun: the possessive identifies
// the relative (Quirk et al., 1985, §5.115), and the article ties them
// by naming the two together ("Pruett's lawyer, Thomas Brandt, said").
// A sentence calling someone a lawyer without naming the possessor
// ("Lyle's family has hired civil rights lawyer Denise Ruford") describes
// someone else's lawyer.

// relationOwnerMissing reports whether relation term t of q is
// determined by a named person's possessive ("sandoval's lawyer") whom
// s does not name or refer to.
func (e *Engine) relationOwnerMissing(q *query, t term, s *sentence) bool {
	k := e.relativeAsked(q.toks)
	if k < 0 || q.toks[k].lower != t.lower || !q.toks[k-1].poss {
		return false
	}
	owner, _ := e.entitiesIn(q.toks[k-1 : k])
	return len(owner) > 0 && !contains(s.named, owner[0]) && !contains(s.refs, owner[0])
}
