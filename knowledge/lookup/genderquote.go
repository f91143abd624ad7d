package lookup

// namedOnlyQuoted reports whether every mention of person p in s stands
// inside a quotation ("Harlan argued with everybody," she said). The
// words outside it belong to the reporter's frame, whose pronoun subject
// of the verb of saying is the speaker, not the person the speaker names:
// direct speech keeps its own reference apart from the reporting clause
// (Quirk et al. 1985, §14.31), so such a sentence tells nothing of p's
// gender.
func (r *reading) namedOnlyQuoted(s *sentence, p int) bool {
	seen := false
	for i := 0; i < len(s.toks); i++ {
		n := r.longestForm(s, p, i)
		if n == 0 {
			continue
		}
		if i >= len(s.quoted) || !s.quoted[i] {
			return false
		}
		seen = true
		i += n - 1
	}
	return seen
}

// disjointPronoun reports whether the pronoun at token k of s cannot refer
// to person p, named in s, by the binding conditions on pronouns (Chomsky,
// "Lectures on Government and Binding", 1981, conditions B and C;
// Langacker, "On pronominalization and the chain of command", 1969): a
// sentence-initial subject "he" or "she" commands the whole sentence, so
// a name after it is someone else ("He married Margaret Lindqvist"); and
// an object "him" right after the verb whose subject the name is, being
// no reflexive, is not that subject ("Albright called him stubborn").
// Such a pronoun tells nothing of p's gender.
func (r *reading) disjointPronoun(s *sentence, p, k int) bool {
	w := s.toks[k].lower
	switch {
	case k == 0 && (w == "he" || w == "she"):
		return true // s names p after it
	case w == "him" && k >= 2:
		v := s.toks[k-1]
		if v.cap || stopWords[v.lower] || auxiliaries[v.lower] {
			return false
		}
		for i := 0; i < k-1; i++ {
			if n := r.longestForm(s, p, i); n > 0 && i+n == k-1 {
				return true
			}
		}
	}
	return false
}
