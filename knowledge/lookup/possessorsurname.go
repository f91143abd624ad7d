package lookup

// A relative introduced by the possessive of a shared surname (part of
// stage 4, what people said): news writing names a victim's or a
// defendant's relative by their tie to the person and then in full,
// "Ruiz's daughter, Sofia Ruiz, said" (AP Stylebook, "names": full name on
// first reference). The surname inside the relative's full name is the
// relative's name, not a second naming of the possessor (sharedsurname.go),
// so the possessor is still named there only as the owner of the relation
// noun, and the relative, not the possessor, is the one who spoke.

// namedApartFromOthers reports whether s names p at least once outside a
// possessive and outside a longer naming of another person.
func (e *Engine) namedApartFromOthers(s *sentence, p int) bool {
	for _, sp := range e.nameSpans(s, p) {
		if !e.insideOtherName(s, p, sp) {
			return true
		}
	}
	return false
}
