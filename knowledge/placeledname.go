package knowledge

import "strings"

// placeLedName reports whether a name of three or more words opens with a
// place's own name of two or more words, one a place's head noun ends and
// no given name opens ("Salish Sea Excursions", "Pike Falls Savings",
// "Cedar Creek Outfitters"): a business or a team is commonly named for
// the place it serves, the place's name premodifying the rest (Quirk et
// al. 1985, §17.108, proper nouns as premodifiers), while a person's name
// is a given name, perhaps a middle name, and a surname, and holds no
// geographic generic ahead of its last word (the U.S. Board on
// Geographic Names' generics: sea, creek, falls, harbor and the rest of
// placeHeads). It extends the single-word case of notAPerson ("Sacramento
// Condors") to the place names of more than one word, and to a place the
// article or the gazetteer names whose first word is also a given name
// ("Des Moines Ice Hawks", "St. Louis Blues").
func placeLedName(cands []*cand, words []string) bool {
	if len(words) < 3 {
		return false
	}
	for k := 2; k < len(words); k++ {
		if namesPlace(cands, strings.Join(words[:k], " ")) {
			return true // "Des Moines Ice Hawks": a city the article names leads it, whatever given name opens the city's own
		}
	}
	if isGivenName(words[0]) {
		return false
	}
	for k := 1; k < len(words)-1; k++ {
		if placeHeads[tokKey(words[k])] {
			return true
		}
	}
	return false
}
