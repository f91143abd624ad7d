package lookup

// Ruled out (part of stage 4, yes/no): "investigators had ruled out
// lightning" denies that lightning was the cause; the verbs of WordNet's
// synset {eliminate, rule out, reject} ("dismiss from consideration")
// negate their object as "deny" negates its clause (Quirk et al. 1985,
// §10.61 on implied negation). "Was it lightning" of that sentence is a
// no, not the yes its word "lightning" would give.

// ruledOutObject reports whether the word at m is the object, or inside
// the object within three words, of "rule out" (any form of "rule" before
// "out") or of "eliminate".
func ruledOutObject(s *sentence, m int) bool {
	for k := m - 1; k >= 0 && k >= m-4; k-- {
		switch w := s.toks[k].lower; {
		case w == "out":
			return k > 0 && stemOf(s.toks[k-1].lower) == "rule"
		case stemOf(w) == "elimin" && w != "elimination":
			return true
		}
	}
	return false
}
