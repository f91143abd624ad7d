package lookup

// The unnamed doer an agent noun describes (part of stage 4,
// who-questions). An agent noun in -er or -or names one who does the verb
// it derives from (Quirk et al. 1985, App. I.34; WordNet's derivational
// links join "winner" to "win"), and news copy tells of a doer it never
// names by that noun with an indefinite appositive: "The winner, a
// 71-year-old man who asked that his name not be released, …" (the
// appositive describes, unnamedappositive.go). So "who won" is answered
// by that description, not by a name or a place that stands elsewhere
// near "won" ("a ticket sold in Council Bluffs won $50,000"). The
// question's other words must be in the appositive's sentence: "who won
// the 50k" may ask of another winner.

// holdsOtherTerms reports whether s holds every term of q but act.
func (e *Engine) holdsOtherTerms(q *query, act term, s *sentence) bool {
	for _, t := range q.terms {
		if t.lower != act.lower && !s.hasTerm(t) {
			return false
		}
	}
	return true
}
