package lookup

// A when-question may name a person by an occupation noun ("when did the
// technician fly in") that the article writes once and then replaces with
// a personal pronoun: "a technician from the foundry tested the clapper.
// He had flown in from Cincinnati on Saturday." A personal pronoun refers
// back to the nearest fitting noun phrase before it (Quirk et al. §6.10 and
// §19.48–19.49, anaphoric reference of the third-person pronouns), so a
// sentence whose subject is "he" or "she" tells of the person the sentence
// just before it names by that noun, when it also holds the rest of the
// question (its verb): the pronoun stands in for the noun, not for the act.

// pronounSubjectFor reports whether sentence i opens with the subject "he"
// or "she" and the body sentence just before it holds the person noun of
// head, and s holds every other term of q.
func (e *Engine) pronounSubjectFor(q *query, i int, head term) bool {
	s := &e.r.sents[i]
	if i == 0 || s.part != "" || len(s.toks) == 0 {
		return false
	}
	for _, tm := range q.terms {
		if tm.lower != head.lower && !holdsTerm(s, tm) {
			return false
		}
	}
	if w := s.toks[0].lower; w != "he" && w != "she" {
		return false
	}
	prev := &e.r.sents[i-1]
	if prev.part != "" {
		return false
	}
	return holdsTerm(prev, head)
}

// personOfHead reports whether sentence i may tell of the person the
// question's subject noun names without writing that noun: it names a
// person, or opens with a pronoun standing for the noun (pronounSubjectFor).
func (e *Engine) personOfHead(q *query, i int, head term) bool {
	return e.isPersonNoun(head.lower) && (e.sentenceNamesPerson(&e.r.sents[i]) || e.pronounSubjectFor(q, i, head))
}
