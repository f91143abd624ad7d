package lookup

// A word asked only inside an adjunct of time (part of stage 5, reasons):
// in "The new theater has 430 seats, down from 600 before the fire,
// because wider aisles were required", "the fire" is the complement of a
// preposition of time, an adjunct that tells when the seats were 600
// (Quirk et al., §9.30–9.44, prepositions of time; §8.51, adjuncts of
// time), so the because-clause gives the cause of the seats, not of the
// fire, and the sentence answers no "what caused the fire".

// timeAdjunctPrepositions are the prepositions of time that take a noun
// phrase naming an event (Quirk et al., §9.30–9.44).
var timeAdjunctPrepositions = set("before", "after", "since", "until", "till", "during", "following")

// onlyInTimeAdjunct reports whether every matched token of s stands in a
// noun phrase opened by a preposition of time: the preposition, then up
// to two determiners or modifiers, then the token, with no punctuation
// between.
func onlyInTimeAdjunct(s *sentence, matched []int) bool {
	if len(matched) == 0 {
		return false
	}
	for _, k := range matched {
		if !inTimeAdjunct(s, k) {
			return false
		}
	}
	return true
}

// inTimeAdjunct reports whether token k of s closes a short noun phrase
// after a preposition of time ("before the fire", "after last year's
// flood").
func inTimeAdjunct(s *sentence, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if punctuatedBetween(s.text, s.toks, j+1) {
			return false
		}
		if timeAdjunctPrepositions[s.toks[j].lower] {
			return true
		}
	}
	return false
}
