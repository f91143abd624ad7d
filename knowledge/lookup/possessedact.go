package lookup

// The act done to what a person has (part of stage 4). "Her" is both the
// objective case of "she" and her possessive determiner (Quirk et al.,
// §6.2, table of personal and possessive forms; §5.62 on the
// determinative "her"): "they found her" tells the act done to her, "her
// car was found" and "they found her car" the act done to her car, whose
// head noun, not the determiner, is the passive's subject or the
// active's object (§3.63). So when a question asks of an act done to a
// person it calls by a pronoun ("when was she found", "where did they
// find him"), a sentence telling that act only of a thing of theirs does
// not hold the question.

// pronounUndergoerAct is the question's act term whose undergoer is a
// personal pronoun for a person: the subject of an inverted passive (a
// form of "be", the pronoun, the participle: "when was she found") or
// the object right after the verb with no noun after it ("did they find
// her", "find him yet").
func (e *Engine) pronounUndergoerAct(q *query) (term, bool) {
	toks := q.toks
	for i := 1; i+1 < len(toks); i++ {
		if !personUndergoerPronouns[toks[i].lower] {
			continue
		}
		if beForms[toks[i-1].lower] && toks[i].lower != "her" {
			if t, ok := q.termOf(toks[i+1].lower); ok && pastParticiple(e, t.lower) {
				return t, true
			}
		}
	}
	for i := 1; i < len(toks); i++ {
		if !personUndergoerPronouns[toks[i].lower] || toks[i].lower == "he" || toks[i].lower == "she" {
			continue
		}
		if i+1 < len(toks) && !stopWords[toks[i+1].lower] && e.isNoun(toks[i+1]) {
			continue // "find her car": "her" determines the noun asked of
		}
		if t, ok := q.termOf(toks[i-1].lower); ok && e.canBe(t.lower, "verb") {
			return t, true
		}
	}
	return term{}, false
}

// personUndergoerPronouns are the personal pronouns that refer to one
// person, in the subjective and objective cases (Quirk et al., §6.2).
var personUndergoerPronouns = set("he", "she", "him", "her")

// possessionOnlyAct reports whether every form of the act in s that the
// question asks done to a person by pronoun is done to a thing a
// possessive determiner gives an owner: the subject of its passive ("Her
// car was found") or its active object ("found her car").
func (e *Engine) possessionOnlyAct(q *query, s *sentence) bool {
	act, ok := e.pronounUndergoerAct(q)
	if !ok {
		return false
	}
	seen := false
	for k, t := range s.toks {
		if !act.matches(t) {
			continue
		}
		if !e.possessedUndergoer(s, k) {
			return false
		}
		seen = true
	}
	return seen
}

// possessedUndergoer reports whether the verb at k of s is done to a
// possessed thing: a passive whose subject, just before its auxiliaries,
// is up to three content words after a possessive determiner that opens
// the clause ("Her silver car was found"; not the end of a relative
// clause, "a boy who wandered from his home was found"), or an active verb followed by a possessive
// determiner and a noun that cannot be an adjective ("found her car", not
// "found her alive").
func (e *Engine) possessedUndergoer(s *sentence, k int) bool {
	if passiveAt(s.toks, k) {
		j := k - 1
		for j >= 0 && (verbGroupAux(s.toks[j].lower) || isAdverb(s.toks[j].lower) || s.toks[j].lower == "not") {
			j--
		}
		for n := 0; j >= 0 && n < 3; n, j = n+1, j-1 {
			w := s.toks[j].lower
			if possessiveDeterminers[w] {
				return clauseStart(s, j) == j || punctuatedBetween(s.text, s.toks, j) || opensClause(s, j) // not "the boy who left his home was found"
			}
			if stopWords[w] || commaBetween(s, j, j+1) {
				return false
			}
		}
		return false
	}
	if k+2 >= len(s.toks) || !possessiveDeterminers[s.toks[k+1].lower] {
		return false
	}
	n := s.toks[k+2]
	return !n.cap && !stopWords[n.lower] && e.isNoun(n) && !e.canBe(n.lower, "adj") && !e.canBe(n.lower, "adv")
}
