package lookup

// Whole denials (part of stage 4): "No injuries were reported" answers
// "was anyone hurt in the flooding".

// occasionPrepositions are the prepositions of time and occasion the
// shared lists of prepositions (prepositions, chainPrepositions,
// demonstrativePrepositions) leave out: "during the storm", "amid the
// flooding" (Quirk et al. 1985, §9.7 lists both among the simple
// prepositions, §9.37 on "during" of duration).
var occasionPrepositions = set("during", "amid")

// wholeDenial answers No when the best sentence c denies the asked act
// outright and holds every word of the question but those of a
// prepositional phrase: "No injuries were reported." for "did anybody get
// injured in the flooding". A negative determiner or pronoun ("no",
// "no one", "nobody") makes the whole clause negative (Quirk et al. 1985,
// §10.58) and quantifies over everything its clause leaves open; what is
// true of no case is true of no narrower case, so the denial holds of the
// occasion the question adds (the downward entailment of "no": Barwise
// and Cooper 1981, "Generalized Quantifiers and Natural Language", §4.6).
// It holds only when the sentence itself restricts the denial by nothing
// else: every word of it is a matched word, a function word, a reporting
// verb, or part of an attribution after a comma ("…, police said"), so
// "No one aboard the bus was hurt" does not deny it of a car's driver.
// And the occasion the question adds must be the one the denial's
// discourse is about: an elliptical denial takes its occasion from the
// text before it (Halliday and Hasan 1976, "Cohesion in English", ch. 4),
// so the added word must stand in the lead, the title or the sentences
// just before s; else the denial may speak of another occasion. A
// question's noun of persons is denied too when the denial's subject is
// a negative pronoun of persons (personsDenied).
func (e *Engine) wholeDenial(q *query, c candidate) (*sentence, bool) {
	if q.negated || len(q.subjects) > 0 || len(c.matched) == 0 {
		return nil, false
	}
	s := &e.r.sents[c.s]
	if !negativeQuantified(s, c.matched) || !unrestrictedClause(s, c.matched) {
		return nil, false
	}
	added, persons := 0, personsDenied(s, c.matched)
	for _, t := range q.terms {
		if s.hasTerm(t) || phraseIn(s, t) {
			continue
		}
		if persons && e.personNoun(singular(t.lower)) && !askedInAdjunct(q, t) {
			added++ // "were any workers killed": "No one was killed"
			continue
		}
		if !askedInAdjunct(q, t) || !e.occasionBefore(c.s, t) {
			return nil, false
		}
		added++
	}
	return s, added > 0
}

// personsDenied reports whether a matched word of s has for subject a
// negative pronoun of persons, "no one" or "nobody" ("No one was
// killed"). It ranges over every person, so it denies the act of every
// kind of person a question names ("were any workers killed"); "none"
// takes its range from a noun before it ("none of the cars"), and
// "nothing" ranges over things (Quirk et al. 1985, §6.62–6.63).
func personsDenied(s *sentence, matched []int) bool {
	for _, m := range matched {
		if w := negativeSubject(s, m); w == "no one" || w == "nobody" || w == "no-one" {
			return true
		}
	}
	return false
}

// negativeQuantified reports whether a matched word of s is in a clause
// made negative by a negative determiner or a negative pronoun subject
// ("No injuries were reported", "No one was hurt"), not by a negated verb,
// whose subject may name only some people.
func negativeQuantified(s *sentence, matched []int) bool {
	for _, m := range matched {
		if noDeterminerBefore(s, m) || negativeSubjectBefore(s, m) || m > 0 && s.toks[m-1].lower == "no" {
			return true
		}
	}
	return false
}

// unrestrictedClause reports whether s says nothing but the denial: every
// token is matched, a function word, a negator, a reporting or finding
// verb, or stands after a comma in an attribution that holds a reporting
// verb ("No injuries were reported, Fire Chief Renata Oyelaran said").
func unrestrictedClause(s *sentence, matched []int) bool {
	attribution := len(s.toks)
	for k := len(s.toks) - 1; k > 0; k-- {
		if commaBetween(s, k-1, k) {
			for j := k; j < len(s.toks); j++ {
				if speechVerbs[s.toks[j].lower] || reportingVerbs[s.toks[j].lower] {
					attribution = k
				}
			}
			break
		}
	}
	for k := 0; k < attribution; k++ {
		w := s.toks[k].lower
		if contains(matched, k) || stopWords[w] || verbGroupAux(w) || negations[w] || w == "one" || negativePronouns[w] {
			continue
		}
		if reportingVerbs[w] || findingVerbs[w] || speechVerbs[w] || reportedComplement(s, k) {
			continue
		}
		return false
	}
	return true
}

// askedInAdjunct reports whether the question word of term t is the
// object of a preposition, with at most a determiner or a possessive
// between ("in the flooding", "during Tuesday's storm"), as
// inPrepositionalPhrase (operationstate.go) reads a sentence's mention.
func askedInAdjunct(q *query, t term) bool {
	for i, tok := range q.toks {
		if tok.lower != t.lower {
			continue
		}
		for k := i - 1; k >= 0 && k >= i-3; k-- {
			w := q.toks[k].lower
			if prepositions[w] || chainPrepositions[w] || demonstrativePrepositions[w] || occasionPrepositions[w] {
				return true
			}
			if !determiners[w] && !q.toks[k].poss {
				break
			}
		}
	}
	return false
}

// occasionBefore reports whether the article names term t's occasion in
// the discourse sentence i continues: the title, the lead paragraph, or
// the two sentences before i.
func (e *Engine) occasionBefore(i int, t term) bool {
	lead := -1
	for k := range e.r.sents {
		s := &e.r.sents[k]
		if s.para > 0 && lead < 0 {
			lead = s.para
		}
		inContext := s.part == "title" || s.para == lead || k < i && k >= i-2
		if k > i {
			break
		}
		if inContext && (s.hasTerm(t) || phraseIn(s, t)) {
			return true
		}
	}
	return false
}

// demonstrativePrepositions are the prepositions of position and source
// (Quirk et al., §9.15–9.25) before which "this N" sets an event.
var demonstrativePrepositions = set("in", "at", "near", "outside", "from", "around", "inside", "within", "through", "across")
