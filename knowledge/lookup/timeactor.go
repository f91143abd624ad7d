package lookup

import "storybot/knowledge"

// A when-question that names no one ("when's sentencing") asks about the
// story's main actor (mainActor). An event the article tells of another
// named person as the one it befalls, the subject of a passive verb ("Ames
// is scheduled to be sentenced in June"), is that person's, and answers
// only when nothing else does.

// othersEvent reports whether candidate sentence s tells the matched event
// as befalling a named person other than the story's main actor: a
// matched past participle after a form of "be", with that person named
// before it.
func (e *Engine) othersEvent(s *sentence, matched []int) bool {
	main := e.mainActor()
	if main < 0 {
		return false
	}
	for _, m := range matched {
		if m == 0 || !beForms[s.toks[m-1].lower] {
			continue
		}
		for _, p := range s.named {
			if at := e.position(s, p); p != main && e.r.ents[p].kind == knowledge.Person && at < m && !reportedBetween(s, at, m) {
				return true
			}
		}
	}
	return false
}

// postdeterminers single out one of several things of a kind ("her first
// calf", "the previous owner"): the ordinals and the postdeterminers
// "previous", "next", "last" and "other" (Quirk et al., A Comprehensive
// Grammar of the English Language, 5.19-5.23, ordinals and general
// ordinals), and the adverbs "last" and "previously" before a verb, which
// tell the most recent occasion before the one spoken of ("nurses last
// struck in 2016"; 8.55, adjuncts of time relation).
var postdeterminers = map[string]bool{"previous": true, "next": true, "other": true, "last": true, "previously": true}

// otherInstance reports whether candidate sentence s speaks of the matched
// noun with an ordinal or general ordinal the question lacks: "when was the
// calf born" asks of the story's calf, and "Nandi's first calf, born in
// 2021" singles out another one. The question may single out the same
// instance in other words (sameOrdinal: "the old contract" of "the
// previous contract"; askedordinal.go: "the final service" of "the last
// service").
func (e *Engine) otherInstance(q *query, s *sentence, matched []int) bool {
	for _, m := range matched {
		if m == 0 {
			continue
		}
		w := s.toks[m-1].lower
		if _, ord := ordinalWords[w]; !ord && !postdeterminers[w] {
			continue
		}
		if !e.asksOrdinal(q, w) {
			return true
		}
	}
	return false
}

// ownFirst orders the candidates of a when-question: an event of another
// instance of the thing asked ("her first calf") goes last, and asked of
// no one, another person's event goes after the main actor's.
func (e *Engine) ownFirst(q *query, cands []candidate) []candidate {
	var own, others, otherKind []candidate
	for _, c := range cands {
		s := &e.r.sents[c.s]
		switch {
		case e.otherInstance(q, s, c.matched) || earlierOccasion(q, s, c.matched, e.ordinalAsked(q)):
			otherKind = append(otherKind, c)
		case len(q.subjects) == 0 && e.othersEvent(s, c.matched):
			others = append(others, c)
		default:
			own = append(own, c)
		}
	}
	return append(append(own, others...), otherKind...)
}
