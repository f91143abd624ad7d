package lookup

// A type word as the subject of the question's clause (part of stage 2):
// "what is the city doing to help", "what will the town do", "how did the
// state pay for it". A wh-question puts its operator before the subject
// (Quirk et al. 1985, §11.14, subject–operator inversion), so a noun after
// the operator and its determiner, with the verb after it, is the subject
// the clause is about, not the kind of answer asked ("what city", "which
// town"): the word is content, and the answer is found by it.

// invertedSubject reports whether question word i stands as the subject
// after the operator: the operator among the question's first words, a
// determiner, the word, and a word after it that begins the predicate,
// not a relative or nominal clause opened by a wh-word, "that" or "if" ("what is the city where he was born", "what was
// the reason they left"), a postmodifier ("the name of") nor the head
// a type word premodifies ("the final tally").
func (q *query) invertedSubject(i int) bool {
	if i < 2 || i > 5 || i+1 >= len(q.toks) || !determiners[q.toks[i-1].lower] || !auxiliaries[q.toks[i-2].lower] {
		return false
	}
	next := q.toks[i+1]
	return !next.cap && !personalPronouns[next.lower] && !determiners[next.lower] && !relativeWords[next.lower] &&
		!whWords[next.lower] && !clauseOpeners[next.lower] && !typeWords[next.lower] && next.lower != "of" && !next.poss && !isNumeric(next)
}
