package lookup

import "slices"

// A transitive phrasal verb may put its particle after its object, and
// must when the object is a personal pronoun (Quirk et al. 1985, §16.4:
// "they called it off", not "*called off it"; "picked the boy up" beside
// "picked up the boy"). A chat question writes it so ("why did they call
// it off", "who turned him in"), and read word by word it asks about the
// light verb ("call", "put") with a stray particle, and matches neither
// the phrasal verb the article may write nor the single verb WordNet
// files it with ("call off": cancel). splitParticleJoined moves the
// particle back next to its verb, where the readers of phrasal verbs
// (phrasalbase.go, idiomaticphrasal.go) find the pair.

// splitParticleJoined returns toks with the first particle that follows a
// verb's short object (a personal pronoun, or a determiner and one or two
// words) moved to just after the verb, when WordNet lists the verb and
// the particle as one verb and the particle closes the question or comes
// before a preposition, so is no preposition itself (it has no object
// of its own: "picked the boy up from school", not "walked the dog up
// the hill"); toks unchanged otherwise.
func (e *Engine) splitParticleJoined(toks []token) []token {
	if e.noLex {
		return toks
	}
	for i := 1; i+2 < len(toks); i++ {
		if stopWords[toks[i].lower] || auxiliaries[toks[i].lower] {
			continue
		}
		for _, n := range objectLengths(toks, i+1) {
			p := i + 1 + n
			if p >= len(toks) || !particles[toks[p].lower] || p+1 < len(toks) && !prepositions[toks[p+1].lower] {
				continue
			}
			if e.verbWithParticle(toks[i].lower, toks[p].lower) == "" {
				continue
			}
			return slices.Concat(toks[:i+1], toks[p:p+1], toks[i+1:p], toks[p+1:])
		}
	}
	return toks
}

// objectLengths returns the lengths a short object noun phrase opening at
// token k may have: one for a personal pronoun, two or three for a
// determiner and the words after it.
func objectLengths(toks []token, k int) []int {
	switch {
	case objectPronouns[toks[k].lower]:
		return []int{1}
	case determiners[toks[k].lower] || toks[k].poss:
		return []int{2, 3}
	}
	return nil
}
