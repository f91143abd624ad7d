package lookup

// The side a yes/no question asks (part of stage 4): "did Ortiz vote
// for the plan" asks one side, support, of the act; a sentence that gives
// the act the other side ("Ortiz, who voted against the plan") says the
// opposite and answers no, as a negation would (Quirk et al. 1985, §9.64
// on "for" and "against", the prepositions of support and opposition;
// stance.go reads who-questions the same way).

// sideReversed reports whether a verb of the question followed by a side
// ("vote for", "argue against") is told in s with the other side only.
func sideReversed(q *query, s *sentence) bool {
	for i, qt := range q.toks {
		asked := sideAfter(q.toks, i)
		if asked == "" || opposedSide[qt.lower] != "" {
			continue
		}
		for _, t := range q.terms {
			if t.sameWord(qt) {
				return sideIn(s, t, asked) == opposedSide[asked]
			}
		}
	}
	return false
}
