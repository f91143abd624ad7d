package lookup

// One more of a kind (part of stage 2, a described person): news writing
// introduces a second witness, neighbor or parent as one more of the kind
// it has already introduced ("A second neighbor, Linda Osei,"; "another
// parent"): the ordinal after "first" places the person after a first one
// in a series (Quirk et al. 1985, §6.66 on ordinal numerals), and
// "another" and "other" compare them with one already named (Halliday and
// Hasan, "Cohesion in English", 1976, §2.5, comparative reference). A
// question that asks for "the neighbor", with nothing more, means the
// first one, whom the article called so plainly.

// additionalOf reports whether every description of x that holds the
// noun tm presents x as one more of its kind: the noun's premodifiers
// hold "another", "other" or an ordinal after "first".
func (e *Engine) additionalOf(x int, tm term) bool {
	found := false
	for _, r := range e.rolesOf(x) {
		toks := e.wordsOf(r)
		for k, tok := range toks {
			if !tm.matches(tok) {
				continue
			}
			found = true
			if !additionalBefore(toks[:k]) {
				return false
			}
		}
	}
	return found
}

// additionalBefore reports whether the premodifiers before a head noun
// hold "another", "other" or an ordinal after "first".
func additionalBefore(toks []token) bool {
	for _, t := range toks {
		if t.lower == "another" || t.lower == "other" || ordinalWords[t.lower] > 1 {
			return true
		}
	}
	return false
}
