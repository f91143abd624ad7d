package lookup

// A reduced passive relative (part of stage 4, who did it). A past
// participle right after a noun, with no auxiliary, that postmodifies it
// ("fossils found on private land belong to the landowner", "the man
// killed in the crash") is a relative clause with "which was" or "who
// was" left out (Quirk et al. 1985, §17.29 on the -ed participle clause):
// the noun underwent the act and did not do it. A verb that takes an
// object in the question ("who found it") and stands in the sentence with
// none after it, only a preposition, is read so; an intransitive use
// ("inspectors arrived at the site") keeps its subject as the doer.

// reducedRelativeAt reports whether the asked act t at token act of s is
// a participle postmodifying the noun before it: the question's own verb,
// no auxiliary or adverb between, a preposition right after it, and an
// object after the act's verb in the question.
func (e *Engine) reducedRelativeAt(q *query, t term, s *sentence, act int) bool {
	if act < 1 || act+1 >= len(s.toks) || !spaced(s, act-1, act+1) || t.phrasal || !stemsMeet(s.toks[act].stem, t.stem) || !questionObjectAfter(q, t) {
		return false // "The harbor master looked into reports" for "investigated": a prepositional verb, whose object follows its preposition
	}
	before := s.toks[act-1].lower
	if auxiliaries[before] || isAdverb(before) || stopWords[before] || relativePronouns[before] {
		return false
	}
	return prepositions[s.toks[act+1].lower] && !particles[s.toks[act+1].lower]
}

// questionObjectAfter reports whether the verb of act t in the question
// has an object after it: a word that is no preposition or particle
// ("who found it", "who found the bones"; not "who died", "who showed up").
func questionObjectAfter(q *query, t term) bool {
	for i, tok := range q.toks {
		if tok.lower != t.lower && !t.ofVerb(tok) {
			continue
		}
		if i+1 >= len(q.toks) {
			return false
		}
		n := q.toks[i+1].lower
		return !prepositions[n] && !particles[n] && !isAdverb(n)
	}
	return false
}
