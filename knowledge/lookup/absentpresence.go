package lookup

// Absent where the question asks present (part of stage 4, yes/no): "was
// X at the N" asks whether X was present at N, for a copula with a
// complement of place states presence there (Quirk et al. §9.15,
// prepositions of position; WordNet's gloss of present.a.01, "being or
// existing in a specified place"). The article that says "X was absent
// from the N" states the antonym of that presence without the asked word:
// WordNet's adjective "absent" (absent.a.01, "not being in a specified
// place") is the direct antonym of "present", and its similar-to
// satellites ("away", "truant", "AWOL") are indirect ones. Either, said
// of the subject after a copula and not negated, answers No.

// absenceWords are the head absent.a.01 of WordNet 3.0 and its similar-to
// satellites (away(p), truant, awol, introuvable): the direct and
// indirect antonyms of present.a.01.
var absenceWords = set("absent", "away", "truant", "awol", "introuvable")

// presencePrepositions open the complement of place that says where the
// subject is (Quirk et al. §9.15, prepositions of position).
var presencePrepositions = set("at", "in", "on", "aboard", "inside")

// askedPresence reports whether q has the shape "be X prep N": a copula
// first, then only the subject's words (names, determiners, nouns), then
// a preposition of position and what follows it. It returns the question's
// last word, the place asked, or "".
func (e *Engine) askedPresence(q *query) string {
	if q.negated || len(q.toks) < 4 || !beForms[q.toks[0].lower] {
		return ""
	}
	for k := 1; k < len(q.toks)-1; k++ {
		w := q.toks[k].lower
		if presencePrepositions[w] {
			if k < 2 {
				return ""
			}
			return q.toks[len(q.toks)-1].stem
		}
		if !determiners[w] && !possessivePronouns[w] && !q.nameToks[k] && !e.subjectWord(q.toks[k]) {
			return "" // "is the pool open at night": a predicate comes first
		}
	}
	return ""
}

// subjectWord reports whether t may be a word of a noun phrase's subject:
// a noun, or a word no dictionary lists (a name written in lower case).
func (e *Engine) subjectWord(t token) bool {
	if e.noLex {
		return false
	}
	return !e.lex.IsWord(t.lower) || e.isNoun(t)
}

// absentFromAsked reports whether s says of the question's subject that
// it was absent, where q asks whether it was present at a place s names:
// the sentence holds the question's subjects (c counts them), the place,
// and a copula with an absence word as its complement.
func (e *Engine) absentFromAsked(q *query, s *sentence, c candidate) bool {
	place := e.askedPresence(q)
	if place == "" || c.subjects < len(q.subjects) {
		return false
	}
	named := false
	for _, t := range s.toks {
		if t.meets(place) {
			named = true
		}
	}
	if !named {
		return false
	}
	for a := 1; a < len(s.toks); a++ {
		if absenceWords[s.toks[a].lower] && beForms[s.toks[a-1].lower] {
			return true // "Ruth Calder, was absent from a Monday meeting"
		}
	}
	return false
}

// statedOtherwise reports whether the sentence of c, which holds what q
// asks, says otherwise all the same: by the order it ranks (orderDenies),
// by the subject's absence from the place asked, by an adjective
// opposed to the question's before the same noun (opposedmodifier.go),
// or by another deictic span of time than the one asked (relativespan.go).
func (e *Engine) statedOtherwise(q *query, c candidate, ranked []string) bool {
	s := &e.r.sents[c.s]
	return e.orderDenies(q, s, ranked) || e.absentFromAsked(q, s, c) || e.opposedPremodifier(q, s) || otherDeicticSpan(q, s)
}
