package lookup

// The subject a pronoun carries on may open its sentence as a definite
// description with the name in apposition after it: "The driver, Colby
// Fenner of Westbrook, turned himself in …. He was charged with …". The
// appositive and the noun phrase it follows refer to one person (Quirk et
// al. 1985, §17.65 on full, nonrestrictive apposition), so the name is the
// sentence's subject as much as a name that opens it, and a subject "he"
// in the next sentence continues it (Grosz, Joshi and Weinstein 1995,
// centering; subjectPerson, reading.go), not the source named in the
// attribution that closes the sentence ("…, Wyman said": Quirk et al.,
// §15.53).

// apposedOpeningAt is the token where the name apposed to an opening
// definite description starts: s opens with "the", up to three
// lower-case words and a comma ("The driver, "); 0 when s opens
// otherwise.
func apposedOpeningAt(s *sentence) int {
	if len(s.toks) < 3 || s.toks[0].lower != "the" {
		return 0
	}
	for j := 1; j < len(s.toks)-1 && j <= 3; j++ {
		t := s.toks[j]
		if t.cap || t.poss || stopWords[t.lower] || !spaced(s, j-1, j) {
			return 0
		}
		if commaBetween(s, j, j+1) {
			return j + 1
		}
	}
	return 0
}

// apposedAtStart reports whether s opens with a definite description and
// p's name in apposition to it.
func (r *reading) apposedAtStart(s *sentence, p int) bool {
	a := apposedOpeningAt(s)
	if a == 0 {
		return false
	}
	for _, f := range r.ents[p].forms {
		if matchForm(s.toks, a, f) {
			return true
		}
	}
	return false
}
