package lookup

// The described object of an active verb as the answer to a passive
// who-question (part of stage 4, extraction). "Who was arrested" asks for
// the passive's subject, which is the active's object (Quirk et al. 1985,
// §3.63): "Police arrested a 34-year-old man". When the article has tied
// that description to the person it names later (the delayed
// identification of news writing: delayedlead.go, twodescribedlead.go),
// the object is that person, and the reader is owed the name, not the
// description (nameddescribed.go).

// describedUndergoer is the person a description the article has resolved
// (descRefs) refers to when it stands within five words after an active
// form of act t in s, with no comma or conjunction between but one that
// joins a second verb; -1 when s tells none so.
func (e *Engine) describedUndergoer(s *sentence, t term) int {
	i := e.indexOf(s)
	for _, m := range termAt(s, t) {
		if s.toks[m].cap && m > 0 || passiveAt(s.toks, m) {
			continue
		}
		for k := m + 1; k < len(s.toks) && k <= m+5; k++ {
			if coordinators[s.toks[k].lower] && k+1 < len(s.toks) && !s.toks[k+1].cap && e.canBe(s.toks[k+1].lower, "verb") && !commaBetween(s, k-1, k) {
				k++ // "struck and killed a nurse": coordinated verbs share the object that follows both (Quirk et al., §13.92)
				continue
			}
			if commaBetween(s, k-1, k) || coordinators[s.toks[k].lower] || s.toks[k].cap {
				break
			}
			if x, ok := e.descRefs[[2]int{i, k}]; ok {
				return x
			}
		}
	}
	return -1
}

// describedUndergoerReply answers a passive who-question from s with the
// person its active verb's described object was resolved to, citing the
// sentence that names them too.
func (e *Engine) describedUndergoerReply(q *query, s *sentence, t term) (reply, bool) {
	x := e.describedUndergoer(s, t)
	if x < 0 || contains(q.subjects, x) {
		return reply{}, false
	}
	return reply{found: true, head: e.a.Entities[x].Name + ".", used: e.withNaming([]*sentence{s}, x)}, true
}
