package lookup

import "slices"

// Lacked where the question asks had (part of stage 4, yes/no): "does
// the town have a doctor" when the article says "The town lacks a
// full-time doctor". "Lack" is "be without" (WordNet lack.v.01), the
// antonym of have.v.01, and states the privative of possession as "have
// no" does (Quirk et al., §9.50 on "without" as the negative of "with";
// §10.64 on negative meaning carried by a verb). The question's "have"
// is a light verb and no term, so the noun after "lack" matches as if it
// were possessed: read as denied, it answers "have" No and "have no"
// Yes. A question that itself asks "lack" matches the verb and is left
// alone.

// lackForms are the inflections of the verb "lack" (WordNet lack.v.01).
var lackForms = set("lack", "lacks", "lacked", "lacking")

// lackedObject reports whether the matched word at m is the object of a
// form of "lack" within three words before it, with no comma, conjunction
// or preposition between, and the verb itself is not one the question
// asked (not in matched).
func lackedObject(s *sentence, m int, matched []int) bool {
	for k := m - 1; k >= 0 && k >= m-4; k-- {
		if commaBetween(s, k, k+1) {
			return false
		}
		w := s.toks[k].lower
		if lackForms[w] {
			return !slices.Contains(matched, k)
		}
		if prepositions[w] || w == "and" || w == "or" || w == "but" {
			return false
		}
	}
	return false
}
