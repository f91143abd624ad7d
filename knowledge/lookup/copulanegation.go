package lookup

import "strings"

// The "not" after a copula negates the copula's complement, whatever its
// phrase (Quirk et al., §10.54, clause negation: "not" after the
// operator): an adjective or participle ("was not injured", which
// denies sees through the verb group), and as well a prepositional
// phrase of place ("was not on the bus", "were not in the building"),
// whose noun stands a preposition and a determiner away from the
// negation. "Choir director Evelyn Marsh, who was not on the bus, said"
// says No to "was the choir director on the bus".

// complementPreposition reports whether w opens a complement of place after a copula (Quirk
// et al., §9.7, the simple prepositions, and §9.15, prepositions of
// place).
func complementPreposition(w string) bool {
	return prepositions[w] || chainPrepositions[w] || w == "aboard" || w == "among" || w == "within"
}

// negatedComplement reports whether the word at m heads the
// prepositional complement of a negated copula: "was not on the bus",
// "wasn't at the game", with only determiners between the preposition
// and m.
func negatedComplement(s *sentence, m int) bool {
	k := m - 1
	for k >= 0 && k >= m-2 && (determiners[s.toks[k].lower] || possessivePronouns[s.toks[k].lower]) {
		k--
	}
	if k < 1 || !complementPreposition(s.toks[k].lower) {
		return false
	}
	neg := s.toks[k-1].lower
	switch {
	case neg == "not" || neg == "never":
		return k >= 2 && beForms[s.toks[k-2].lower]
	case strings.HasSuffix(neg, "n't"):
		return beForms[neg] // "wasn't on the bus"
	}
	return false
}

// locativeComplement reports whether the words between the copula and
// the article of "is/was X … the N" end in a preposition: "was Evelyn
// Marsh on the bus" asks where she was, a prepositional complement, not
// whether she is a bus (the subject complement of "is X a senator").
func locativeComplement(between string) bool {
	f := strings.Fields(between)
	return len(f) > 1 && complementPreposition(f[len(f)-1])
}
