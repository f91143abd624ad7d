package lookup

// A where-question that strands a preposition of goal ("where did the
// jet divert to", "where was she flown to") asks for the object of that
// preposition after its own verb (preposition stranding, Quirk et al.
// 1985, §11.14; "to" marks the destination, §9.15), as strandedGoal
// reads a which-question. So in "a jet flying from Las Vegas to Orlando
// diverted to Albuquerque" the goal after "diverted to" answers, not the
// goal of the participle before it.

// goalPrepositions are the prepositions of destination (Quirk et al.
// 1985, §9.15-9.16: "to", and "into", "onto", "toward" with their
// dimension).
var goalPrepositions = set("to", "into", "onto", "toward", "towards")

// strandedPlace answers such a where-question with the name the best
// sentence holding the question writes after the question's verb and
// preposition.
func (e *Engine) strandedPlace(q *query) (reply, bool) {
	n := len(q.toks)
	if n < 3 || !goalPrepositions[q.toks[n-1].lower] || e.noLex {
		return reply{}, false
	}
	verb, prep := q.toks[n-2].lower, q.toks[n-1].lower
	for _, c := range e.rank(q, nil) {
		if !e.holds(q, c) {
			continue
		}
		s := &e.r.sents[c.s]
		if name := e.goalAfter(s, verb, prep, "location"); name != "" && !e.inQuestion(q, name) {
			return placeReply(name, s), true
		}
	}
	return reply{}, false
}
