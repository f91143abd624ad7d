package lookup

import "slices"

// ownerOnly reports whether the question's words besides the noun it
// counts all name the owner of a partitive's whole, in the genitive
// between "of" and the whole ("Twenty-two of a freight train's 97 cars"),
// with no lexical verb of its own: "how many cars were on the train"
// asks the size of the set the train has, the genitive's owner
// (Quirk et al. 1985, §5.115–5.116, the genitive of possession), not a
// predicate of the part.
func ownerOnly(q *query, s *sentence, n quantity) bool {
	from, to := genitiveSpan(s, n)
	if from < 0 {
		return false
	}
	for _, t := range q.toks {
		if lightVerbs[t.lower] && !primaryVerbs[t.lower] {
			return false
		}
	}
	said := false
	for _, t := range q.terms {
		if slices.ContainsFunc(q.focus, t.matchesStem) {
			continue
		}
		if !slices.ContainsFunc(s.toks[from:to], func(k token) bool { return t.matchesStem(k.stem) }) {
			return false
		}
		said = true
	}
	return said
}

// genitiveSpan is the token span from after the "of" of the partitive n
// belongs to up to its whole's number, or -1 when n is no part of one.
func genitiveSpan(s *sentence, n quantity) (int, int) {
	switch {
	case n.whole:
		for k := n.tok - 1; k >= 0 && k >= n.tok-6; k-- {
			if s.toks[k].lower == "of" {
				return k + 1, n.tok
			}
		}
	case n.part && n.end < len(s.toks) && s.toks[n.end].lower == "of":
		for k := n.end + 1; k < len(s.toks) && k <= n.end+6; k++ {
			if isNumeric(s.toks[k]) {
				return n.end + 1, k
			}
		}
	}
	return -1, -1
}
