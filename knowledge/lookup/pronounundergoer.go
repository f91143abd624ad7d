package lookup

import "storybot/knowledge"

// The pronoun object of an active verb as the answer to a passive
// who-question (part of stage 4, extraction). "Who was acquitted" asks for
// the passive's subject, which is the active's object (Quirk et al. 1985,
// §3.63), and news copy, having named the person, goes on by pronoun: "Victor
// Albescu, 47, wept … The jury deliberated for nine hours before acquitting
// him". A third-person pronoun refers to the one person of its gender the
// text has in view (Quirk et al., §6.17-6.18 on anaphoric personal
// pronouns), so when the sentence refers to exactly one person of the
// pronoun's gender, the object is that person, and the reader is owed the
// name, as pronounactor.go gives it for a pronoun subject.

// objectPronounGender is the gender of an object pronoun: "him" and "her"
// (not "her" as a determiner, which a noun follows).
var objectPronounGender = map[string]byte{"him": 'm', "her": 'f'}

// pronounUndergoer is the person the object pronoun right after an active
// form of act t in s refers to, when s refers to exactly one person of
// its gender and names none; -1 otherwise.
func (e *Engine) pronounUndergoer(s *sentence, t term) int {
	if e.sentenceNamesPerson(s) {
		return -1 // a name in the sentence may be the one the pronoun stands for, or another
	}
	for _, m := range termAt(s, t) {
		if s.toks[m].cap && m > 0 || passiveAt(s.toks, m) || m+1 >= len(s.toks) {
			continue
		}
		g, ok := objectPronounGender[s.toks[m+1].lower]
		if !ok || commaBetween(s, m, m+1) {
			continue
		}
		if k := m + 2; g == 'f' && k < len(s.toks) && !commaBetween(s, m+1, k) && !stopWords[s.toks[k].lower] && !prepositions[s.toks[k].lower] {
			continue // "acquitting her husband": "her" determines a noun
		}
		return e.onlyRefOfGender(s, g)
	}
	return -1
}

// onlyRefOfGender is the one person of gender g (or of none known) that s
// refers to, or -1 when it refers to none or more than one.
func (e *Engine) onlyRefOfGender(s *sentence, g byte) int {
	found := -1
	for _, x := range s.refs {
		if g2 := e.r.ents[x].gender; e.r.ents[x].kind == knowledge.Person && (g2 == g || g2 == 0) {
			if found >= 0 && found != x {
				return -1
			}
			found = x
		}
	}
	return found
}
