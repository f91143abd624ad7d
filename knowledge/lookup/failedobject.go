package lookup

// A failed act's premodified object (part of stage 4, yes/no): "did it
// pass its inspection" when the article says the ship "had failed a
// routine hull inspection". A noun phrase is its determiner, then its
// premodifiers (adjectives and nouns), then its head (Quirk et al., "A
// Comprehensive Grammar", §17.3 and §17.97–17.104 on premodification), so
// a verb of failure right before the determiner governs the head however
// many modifiers stand between, and denies it as failure.go reads "failed
// the inspection". Only a short phrase is read: up to three premodifiers,
// none of them a function word, a name or past a comma.

// failedPremodified is the token of a verb of failure whose object noun
// phrase opens with a determiner and has m as its head after at most three
// premodifiers ("failed a routine hull inspection"), or -1.
func failedPremodified(s *sentence, m int) int {
	for d := m - 1; d >= 1 && d >= m-4; d-- {
		w := s.toks[d].lower
		if !determiners[w] {
			if stopWords[w] || prepositions[w] || s.toks[d].cap || commaBetween(s, d, d+1) {
				return -1 // "failed to say whether the inspection": no premodifier
			}
			continue
		}
		if w == "that" || commaBetween(s, d-1, d) || !failureVerbs[s.toks[d-1].lower] {
			return -1 // "failed, the report said, a ..."; "that" may open a clause
		}
		return d - 1
	}
	return -1
}
