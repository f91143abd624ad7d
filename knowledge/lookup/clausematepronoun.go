package lookup

// A personal pronoun that is the object of a verb does not refer to that
// verb's own subject: English writes a reflexive for that ("Lee praised
// himself"), so in "Natarajan will succeed him" and "Natarajan was named
// to succeed him" the "him" is someone else, whoever the sentence or the
// one before named (Quirk et al. 1985, §6.23–6.24 on the reflexive
// pronouns, which the object takes when it is coreferential with the
// subject of its clause; Chomsky 1981, binding principle B). An infinitive
// whose understood subject is the main subject ("was named to succeed
// him", "wants to see him") counts as that subject's clause.

// clauseMateSubject reports whether person e is named in s as the
// subject of the verb group whose object is the pronoun at byte offset
// off: the name ends, with no punctuation after it, right before a verb
// group of auxiliaries and at most two other words, joined by "to", that
// ends at the pronoun.
func (r *reading) clauseMateSubject(s *sentence, e, off int) bool {
	p := -1
	for k, t := range s.toks {
		if t.start == off {
			p = k
			break
		}
	}
	if p < 1 || !objectPronounAt(s, p) {
		return false
	}
	for end := p - 1; end >= 0 && end >= p-7; end-- {
		if r.nameEndsAt(s, e, end) {
			return !s.toks[end].poss && verbGroupBetween(s, end+1, p)
		}
	}
	return false
}

// objectPronounAt reports whether token p of s is an object pronoun:
// "him", or "her" with no noun after it (not the possessive "her
// predecessor"): at the end, before punctuation, a preposition or "as".
func objectPronounAt(s *sentence, p int) bool {
	switch s.toks[p].lower {
	case "him":
		return true
	case "her":
		if p+1 >= len(s.toks) || punctuatedBetween(s.text, s.toks, p+1) {
			return true
		}
		w := s.toks[p+1].lower
		return prepositions[w] || w == "as"
	}
	return false
}

// nameEndsAt reports whether a form of e's name ends at token k of s.
func (r *reading) nameEndsAt(s *sentence, e, k int) bool {
	for _, f := range r.ents[e].forms {
		if k-len(f)+1 >= 0 && matchForm(s.toks, k-len(f)+1, f) {
			return true
		}
	}
	return false
}

// verbGroupBetween reports whether tokens from up to p of s are one verb
// group: auxiliaries, "not", "-ly" adverbs and "to", with one or two other
// lower-case words that are no determiner, pronoun, preposition or clause
// opener, the last right before p, and no punctuation anywhere.
func verbGroupBetween(s *sentence, from, p int) bool {
	open := 0
	for k := from; k < p; k++ {
		if punctuatedBetween(s.text, s.toks, k) {
			return false
		}
		w := s.toks[k].lower
		switch {
		case auxiliaries[w] || beForms[w] || w == "not" || w == "to" && k+1 < p || isAdverb(w):
			continue
		case s.toks[k].cap || determiners[w] || personalPronouns[w] || prepositions[w] || clauseJoints[w] || relativePronouns[w] || s.toks[k].poss:
			return false
		}
		open++
	}
	return open >= 1 && open <= 2 && !punctuatedBetween(s.text, s.toks, p)
}
