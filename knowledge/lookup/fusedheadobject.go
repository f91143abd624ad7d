package lookup

// A noun phrase may leave its head noun out and let its determinative or
// ordinal stand for the whole: "Two of the crew members were found …. A
// third was spotted in the water by the helicopter crew" (a third crew
// member). Huddleston & Pullum 2002, ch. 5, §9 call these fused-head noun
// phrases (the determinative or the ordinal fused with the head). Asked
// "who spotted the third man", the passive's
// subject "A third" is the question's object, though "man" is not
// written: the by-agent of that passive (Quirk et al., §3.63) answers.

// fusedHeadObject reports whether s writes the question's object obj (its
// head last) as a fused head: an ordinal or cardinal of the object that
// stands in s right before an auxiliary or a form of "be", as the subject
// of its clause, with no noun after it. An object with no such modifier,
// or whose modifier s writes before a noun ("the third boat"), is not.
func fusedHeadObject(obj []term, s *sentence) bool {
	if len(obj) < 2 {
		return false
	}
	for _, m := range obj[:len(obj)-1] {
		if ordinalWords[m.lower] == 0 && !numberLike(m.lower) {
			continue
		}
		for j := 0; j+1 < len(s.toks); j++ {
			next := s.toks[j+1].lower
			if m.matches(s.toks[j]) && spaced(s, j, j+1) && (beForms[next] || auxiliaries[next]) {
				return true
			}
		}
	}
	return false
}
