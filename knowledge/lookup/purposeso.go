package lookup

// A purpose clause names what its main clause was done for, so the main
// clause is the means (part of stage 5, deciding what answers a manner
// question): "crews cut holes in the bin so the corn could drain out"
// tells how the corn drained. A clause of purpose opened by "so" or "so
// that", with no comma before it, takes a modal, "could", "might" or
// "would" (Quirk et al. 1985, §15.48; a clause of result is set off by a
// comma, §15.49), and that modal marks the aim, not a mere possibility:
// a how-question about the act of the purpose clause is answered by the
// sentence that holds it.

// inPurposeClause reports whether the verb at token m of s stands in a
// purpose clause: "so" or "so that" before it in its clause, not after a
// comma, with a modal between.
func inPurposeClause(s *sentence, m int) bool {
	modal := false
	for k := m - 1; k > 0 && k >= m-8; k-- {
		w := s.toks[k].lower
		if punctuatedBetween(s.text, s.toks, k+1) {
			return false
		}
		switch {
		case possibilityModals[w] || w == "would":
			modal = true
		case w == "so":
			return modal && !punctuatedBetween(s.text, s.toks, k)
		}
	}
	return false
}
