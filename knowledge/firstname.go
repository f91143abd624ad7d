package knowledge

import "strings"

// News writing calls a person by the first name alone on second reference
// when the surname would not tell who is meant: "Owen Talbert was found …"
// then "Owen was last seen …" beside "his father, Brian Talbert" (the AP
// Stylebook's entry on names: people who share a surname are told apart
// on second reference). So when two people of the story share a surname,
// the first name of one, written alone and capitalised, is an alias of
// that person, if it is the first name of no one else and no other name
// or alias of the story. (Without a shared surname, a capitalised first
// word alone was more often another entity's: "Meridian" of a company.)

// addFirstNameAliases gives each person who shares a surname with another
// and whose first name the article writes alone that first name as an
// alias, and reports whether it gave any.
func addFirstNameAliases(d *doc, cands []*cand) bool {
	lower := lowerCaseWords(d)
	added := false
	for _, c := range cands {
		f := strings.Fields(c.name)
		if c.kind != Person || len(f) < 2 || !isCapitalised(f[0]) || isAcronym(f[0]) || isDottedAcronym(f[0]) || strings.HasSuffix(f[0], ".") {
			continue
		}
		k := tokKey(f[0])
		if lower[k] || stopwords[k] || isTitleToken(f[0]) || places[k] != "" || demonyms[k] || orgHeads[k] || placeHeads[k] ||
			containsFold(c.aliases, f[0]) || namedElsewhere(cands, c, k) {
			continue
		}
		if !surnameShared(cands, c) || !usedAlone(d, k, tokKey(f[1])) {
			continue
		}
		c.aliases = append(c.aliases, f[0])
		added = true
	}
	return added
}

// surnameShared reports whether another person of cands has c's surname.
func surnameShared(cands []*cand, c *cand) bool {
	for _, o := range cands {
		if o != c && o.kind == Person && len(strings.Fields(o.name)) > 1 && strings.EqualFold(o.surname(), c.surname()) {
			return true
		}
	}
	return false
}
