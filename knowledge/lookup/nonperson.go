package lookup

import "slices"

// Any person, and animals or things (part of stage 4, yes/no): "anyone",
// "anybody", "someone" and "somebody" are personal pronouns of the
// indefinite kind (Quirk et al., §6.45: the compounds in -one and -body
// refer to persons only), so "did anyone die in the fire" asks of people,
// and "the family's two dogs died" tells it of animals: the sentence says
// nothing either way of whether any person died. The participant is the
// noun the act is told of: the subject before the verb group, or for an
// active verb asked in the passive ("was anyone killed": "the crash killed
// 30 cattle") its object; a noun WordNet 3.0 does not file under person
// is no person.

// nonPersonUndergoer reports whether q asks its act of any person and s
// tells the matched verb of a common noun that names no person.
func (e *Engine) nonPersonUndergoer(q *query, s *sentence, matched []int) bool {
	if e.noLex || !slices.ContainsFunc(q.toks, func(t token) bool { return anyPersonWords[t.lower] }) {
		return false
	}
	passiveAsked := slices.ContainsFunc(q.toks, func(t token) bool { return beForms[t.lower] || getForms[t.lower] })
	for _, m := range matched {
		if !e.verbForm(s.toks[m].lower) || inOccasionClause(q, s.toks[m]) {
			continue // "when the jet skidded" places the act asked, "was anyone injured"
		}
		k := m - 1
		for k >= 0 && (verbGroupAux(s.toks[k].lower) || s.toks[k].lower == "also") {
			k--
		}
		n := k
		if passiveAsked && k == m-1 {
			n = e.objectStart(s, m) // an active verb: what it was done to is its object
		}
		return n >= 0 && n < len(s.toks) && e.nonPersonNoun(s.toks[n]) && !inPrepPhrase(s, n)
	}
	return false
}

// nonPersonNoun reports whether t is a common noun that names no person
// ("dogs", "cattle", "homes"), not a pronoun, name or person noun.
func (e *Engine) nonPersonNoun(t token) bool {
	w := singular(t.lower)
	if t.cap || stopWords[t.lower] || w == "people" || t.lower == "people" || w == "one" || !e.canBe(w, "noun") {
		return false
	}
	if numberToken(t) {
		return false // "three were arrested": a numeral whose head is left out names whom the text names before (Quirk et al. 1985, §12.31 on ellipsis of the head)
	}
	if generalHumanNouns[w] {
		return false // "the children"
	}
	// "dog" is also WordNet's informal word for a person: a kind of animal
	// names an animal first
	return e.lex.KindOf(w, "animal") || !e.isPersonNoun(w) && !e.isPersonNoun(t.lower)
}

// numberToken reports whether t is a number ("30", "two").
func numberToken(t token) bool {
	_, _, ok := numberValue(t)
	return ok
}

// inPrepPhrase reports whether the noun at n is the object of a
// preposition: a preposition opens the phrase it heads ("people in the
// class group": "group" heads the phrase of "in", not the subject).
func inPrepPhrase(s *sentence, n int) bool {
	prep := func(w string) bool { return prepositions[w] || w == "in" } // Quirk et al., §9.7
	for k := n - 1; k >= 0 && n-k < 6 && !commaBetween(s, k, k+1); k-- {
		w := s.toks[k].lower
		switch {
		case prep(w):
			return true
		case verbGroupAux(w) || stopWords[w] && !determiners[w]:
			return false
		}
	}
	return false
}

// objectStart is the index of the first word after verb m past the
// determiners, numbers and adjectives that open its object's noun phrase
// ("replace the brake lines": "brake").
func (e *Engine) objectStart(s *sentence, m int) int {
	n := m + 1
	for n < len(s.toks) && (determiners[s.toks[n].lower] || numberToken(s.toks[n]) || e.canBe(s.toks[n].lower, "adj") && !e.canBe(s.toks[n].lower, "noun")) {
		n++
	}
	return n
}
