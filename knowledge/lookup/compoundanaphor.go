package lookup

// A compound noun taken up again by its head alone (part of stage 2).
// News writing names a thing in full once and then by the head of its
// compound after a definite determiner: "Rio Metals, a scrap yard in
// Albuquerque … the yard had paid $1,100", "a boat house on the lake …
// The house was built in 1920". The definite head refers back to the
// compound (Halliday and Hasan, "Cohesion in English", 1976, §6.1:
// reiteration by a general word or superordinate, the head being the
// compound's hypernym; Quirk et al., §5.28, anaphoric "the"). So a
// question that writes the compound closed up ("scrapyard"), which the
// article writes open, meets the article's later "the yard" too.

// compoundHeadRef is the stem of b, the head of an open compound, as an
// alternative of the closed compound, when the article writes the head
// right after a definite determiner somewhere (so without the modifier);
// nil when it never does.
func (e *Engine) compoundHeadRef(b token) []string {
	for _, s := range e.r.sents {
		for k := 1; k < len(s.toks); k++ {
			if s.toks[k].lower != b.lower || s.toks[k].cap {
				continue
			}
			if d := s.toks[k-1].lower; d == "the" || d == "this" || d == "that" {
				return []string{b.stem}
			}
		}
	}
	return nil
}
