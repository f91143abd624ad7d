package lookup

// Words carried from the sentence before (part of stage 5): ranking
// credits a sentence with a question word its predecessor holds, as "it"
// or "one" may refer back to it. A Yes or a No must rest on a sentence
// that states the act, so a word carried so counts for a verdict only
// when the sentence does refer back, by a pronoun or a demonstrative
// (Halliday and Hasan, "Cohesion in English", 1976, ch. 2: reference
// ties a sentence to the one before only through such a word).

// backReferences are the personal and demonstrative words of reference
// (Halliday and Hasan's personal and demonstrative reference).
var backReferences = set("it", "its", "they", "them", "their", "he", "him", "his", "she", "her",
	"this", "that", "these", "those", "one", "there", "then")

// carriedOnly reports whether candidate c holds a question term only
// through the sentence before it, which s does not refer back to. A
// given term, of the occasion a question's clause of time names
// (timeclauseanchor.go), is not asked, so the sentence before may tell it.
func (e *Engine) carriedOnly(q *query, c candidate) bool {
	prev := e.previous(c.s)
	if prev == nil {
		return false
	}
	s := &e.r.sents[c.s]
	for _, tok := range s.toks {
		if backReferences[tok.lower] {
			return false
		}
	}
	for _, t := range q.terms {
		if !t.given && !s.hasTerm(t) && !phraseIn(s, t) && prev.hasTerm(t) && !inAdjunct(q, t) {
			return true
		}
	}
	return false
}

// inAdjunct reports whether the question writes t in a prepositional
// phrase ("in the recall"): an adjunct that sets the scene (Quirk et
// al., adjuncts), which the sentence before may give, not the act asked.
func inAdjunct(q *query, t term) bool {
	for i, tok := range q.toks {
		if !t.sameWord(tok) {
			continue
		}
		for k := i - 1; k >= 0; k-- {
			w := q.toks[k].lower
			if prepositions[w] || w == "in" || w == "at" || w == "of" {
				return true
			}
			if !determiners[w] && !possessivePronouns[w] {
				break
			}
		}
	}
	return false
}

// phraseIn reports whether one of t's multi-word forms is in s.
func phraseIn(s *sentence, t term) bool {
	for k := range s.toks {
		if t.phraseAt(s.toks, k) {
			return true
		}
	}
	return false
}
