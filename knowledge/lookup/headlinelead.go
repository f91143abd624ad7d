package lookup

// The headline's act told by the lead (part of stage 3, finding
// candidates). A headline summarises the story's main point, which the
// lead tells in full (AP Stylebook, "headlines"; the inverted pyramid),
// so when the headline opens with a name and tells an act, that act of
// that person is the story's own. A who-question that asks the act alone
// ("who died", "who resigned") asks about it, and the lead that tells it
// comes first, before a later, shorter sentence that tells the same verb
// of someone else ("His wife, Louise, died in 2019").

// headlineLeadFirst moves the lead to the front of ranked when q's only
// term is its act and the headline opens with the name of someone the
// lead names and tells that act, actively, as the lead does.
func (e *Engine) headlineLeadFirst(q *query, ranked []candidate) []candidate {
	if len(q.terms) != 1 || len(q.subjects) > 0 || len(e.r.sents) == 0 || e.r.sents[0].part != "title" {
		return ranked
	}
	t, ok := e.askedAct(q)
	if !ok {
		return ranked
	}
	head, lead := &e.r.sents[0], e.leadSentence()
	if lead == nil || !tellsActively(head, t) || !tellsActively(lead, t) {
		return ranked
	}
	opener := -1
	for _, x := range head.named {
		if e.r.namedAtStart(head, x) {
			opener = x
		}
	}
	if opener < 0 || !contains(lead.named, opener) {
		return ranked
	}
	li := e.indexOf(lead)
	for k, c := range ranked {
		if c.s == li {
			return append(append([]candidate{c}, ranked[:k]...), ranked[k+1:]...)
		}
	}
	return ranked
}

// tellsActively reports whether s holds t's act as a verb not in the
// passive.
func tellsActively(s *sentence, t term) bool {
	for i, tok := range s.toks {
		if !tok.cap && t.actAt(s.toks, i) && !passiveAt(s.toks, i) {
			return true
		}
	}
	return false
}
