package lookup

// A noun phrase may leave its head noun out and let its determinative or
// ordinal stand for the whole: "Two of the crew members were found …. A
// third was spotted in the water by the helicopter crew" (a third crew
// member). Huddleston & Pullum 2002, ch. 5, §9 call these fused-head noun
// phrases (the determinative or the ordinal fused with the head); the
// head left out is recovered from the context, as in any ellipsis. Asked
// "who spotted the third man", the passive's subject "A third" is the
// question's object, though "man" is not written: the by-agent of that
// passive (Quirk et al. 1985, §3.63) answers. The question's head must
// be one the context gives: the noun itself in the sentence before (which
// holdsObject reads already), or a noun for a man, a woman or a person,
// which any description of people leaves open (WordNet's "male",
// "female" and "person" itself, as refersBackTo reads the delayed lead),
// when the sentence before tells of people; "the third truck" is no
// "third" of the crew.

// fusedHeadObject reports whether s writes the question's object obj (its
// head last) as a fused head: an ordinal or cardinal of the object that
// stands in s right before an auxiliary or a form of "be", as the subject
// of its clause, with no noun after it, the head a noun for any person
// and prev (the sentence before s, or nil) naming people by a person noun.
func (e *Engine) fusedHeadObject(obj []term, s, prev *sentence) bool {
	if len(obj) < 2 || prev == nil || e.noLex {
		return false
	}
	head := singular(obj[len(obj)-1].lower)
	if head != "person" && !e.lex.KindOf(head, "male") && !e.lex.KindOf(head, "female") {
		return false
	}
	if !e.namesPeopleByKind(prev) {
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

// namesPeopleByKind reports whether s holds a lower-case person noun
// (lowerPersonNoun, delayedbody.go): the people a fused head may stand for.
func (e *Engine) namesPeopleByKind(s *sentence) bool {
	for _, t := range s.toks {
		if e.lowerPersonNoun(t) {
			return true
		}
	}
	return false
}
