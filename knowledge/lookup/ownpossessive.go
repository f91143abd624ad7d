package lookup

// A possessive pronoun right after its clause's verb (part of stage 5):
// in "Kemp draws his weapon" the weapon is Kemp's. A possessive
// determiner takes the nearest agreeing subject as its antecedent when it
// stands in that subject's own clause (Hobbs, "Resolving Pronoun
// References", Lingua 44, 1978: the search starts in the pronoun's own
// clause, at its subject), so what it possesses is the subject's, not
// another person's the sentence also names.

// clauseSubjectsOwn returns the person named right before the verb that
// the possessive pronoun before token m follows ("NAME VERB his N"), when
// the pronoun agrees with them; -1 otherwise.
func (e *Engine) clauseSubjectsOwn(s *sentence, m int) int {
	if m < 3 || !possessivePronouns[s.toks[m-1].lower] {
		return -1
	}
	v := m - 2
	if stopWords[s.toks[v].lower] || commaBetween(s, v, m-1) || commaBetween(s, v-1, v) {
		return -1
	}
	k := v - 1
	for k > 0 && isAdverb(s.toks[k].lower) {
		k--
	}
	for _, x := range s.named {
		if e.nameEndsAt(s, []int{x}, k) && e.pronounFor([]token{{lower: subjectForm(s.toks[m-1].lower)}}, x) {
			return x
		}
	}
	return -1
}

// subjectForm is the subject pronoun of a possessive one ("his" → "he").
func subjectForm(w string) string {
	switch w {
	case "his":
		return "he"
	case "her":
		return "she"
	case "their":
		return "they"
	}
	return ""
}
