package lookup

// The doer in an of-phrase (part of stage 4, who did it): "after the
// retirement of Gerald Finch" tells that Finch retired. The of-phrase of
// a noun naming an act is the act's subject when the verb takes no object
// (the subjective of-phrase: "the arrival of the train", the train
// arrived; Quirk et al. 1985, §17.51, as patient.go cites it for the
// objective one), so for a verb WordNet gives no object frame in its two
// main senses ("retire", "die"; not "resign", which WordNet frames with a
// post for its object) the name after "of" is no mere object of a
// preposition. With an object-taking verb the of-phrase is the act's
// object ("the firing of Kimble", patient.go).

// subjectiveOf reports whether the name at token at of s follows "of"
// after a matched noun of the question's act, whose verb is intransitive.
func (e *Engine) subjectiveOf(q *query, s *sentence, at int, matched []int) bool {
	if e.noLex || at < 2 || s.toks[at-1].lower != "of" || !contains(matched, at-2) {
		return false
	}
	t, ok := e.askedAct(q)
	return ok && e.canBe(t.lower, "verb") && e.lex.Intransitive(t.lower) && !e.canBe(s.toks[at-2].lower, "verb")
}
