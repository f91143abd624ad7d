package lookup

// A kinship noun after a possessive names the relative (part of stage 2):
// "who is owen's father", "what's her mom's name". A possessive before a
// relational noun determines it (Quirk et al. 1985, §5.115): "Owen's
// father" is one person by his tie to Owen, not any man. So the noun is
// no mere cue that the answer is a person, as "mother" or "dad" is in
// "the mom who spoke at the meeting" (generalHumanNouns): the article
// must say the tie, and a question about a relative it never names is
// refused rather than answered with whoever else the sentence names.

// possessedRelation reports whether question word i is a relation noun
// (relationNoun: "father", or an informal term for one, "dad")
// determined by the possessive before it ("owen's", "his").
func (e *Engine) possessedRelation(toks []token, i int) bool {
	if i == 0 || !e.relationNoun(toks[i].lower) {
		return false
	}
	p := toks[i-1]
	return p.poss || possessivePronouns[p.lower]
}
