package lookup

import "strings"

// The hometown premodifying an unnamed person's role noun (part of stage
// 4, places): news copy tells of someone it never names by a role noun
// with their town set before it ("a Macon pharmacist has not come
// forward", "The Smyrna store clerk who sold it"; Quirk et al. 1985,
// §17.108 on proper nouns as premodifiers, and the AP Stylebook's
// identification by hometown), so "where's the pharmacist from" is
// answered by the capitalised name before the noun the question asks
// about, with the noun premodifiers of the role between them ("store"
// of "store clerk", "school bus" of "school bus driver"), when that name
// is a place (premodifyingPlace, placedrole.go).

// spaceBetween reports whether only white space stands between tokens a
// and b of s.
func spaceBetween(s *sentence, a, b int) bool {
	return strings.TrimSpace(s.text[s.toks[a].end:s.toks[b].start]) == ""
}
