package lookup

import "strings"

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

// unnamedAgent answers a who-question whose verb's agent noun the article
// gives an unnamed holder in a definite noun phrase with an indefinite
// appositive.
func (e *Engine) unnamedAgent(q *query) (reply, bool) {
	if e.lex == nil {
		return reply{}, false
	}
	t, ok := e.askedAct(q)
	if !ok {
		return reply{}, false
	}
	base := e.baseVerb(t.lower)
	for _, r := range e.lex.Related(base) {
		if !strings.HasSuffix(r, "er") && !strings.HasSuffix(r, "or") || !strings.HasPrefix(r, stemOf(base)) || !e.personNoun(r) {
			continue
		}
		d, ok := e.unnamedAppositive(r)
		if !ok || !e.holdsOtherTerms(q, t, d.s) {
			continue
		}
		return reply{found: true, head: capitalise(d.text()) + "; the article does not name them.", used: []*sentence{d.s}}, true
	}
	return reply{}, false
}

// strandedOrUnnamedAgent answers a who-question with the one a stranded
// preposition asks for (strandedwho.go), else with the unnamed holder of
// its verb's agent noun.
func (e *Engine) strandedOrUnnamedAgent(q *query) (reply, bool) {
	if r, ok := e.strandedWho(q); ok {
		return r, true
	}
	return e.unnamedAgent(q)
}

// holdsOtherTerms reports whether s holds every term of q but act.
func (e *Engine) holdsOtherTerms(q *query, act term, s *sentence) bool {
	for _, t := range q.terms {
		if t.lower != act.lower && !s.hasTerm(t) {
			return false
		}
	}
	return true
}
