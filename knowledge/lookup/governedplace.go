package lookup

// The place for its government: "the county will pay for the repairs",
// "the city sued the landlord". A definite noun for a self-governing
// place, the subject of an act only people do, stands for the body that
// governs it (the metonymy of the place for the institution: Lakoff and
// Johnson, "Metaphors We Live By", 1980, ch. 8; Quirk et al. 1985, §5.40
// on nouns used with "the" for an institution). Asked who does the act,
// the reader is owed that noun phrase ("the county"), as for an unnamed
// person noun (commondoer.go). WordNet files the nouns for such places
// under {administrative district} (county, state, district, parish) and
// {municipality} (city, town, village).

// governedPlace reports whether token k of s is such a noun: lower case,
// outside a quotation, after "the" that no preposition governs, and
// filed by WordNet under either class.
func (e *Engine) governedPlace(s *sentence, k int) bool {
	n := s.toks[k]
	if e.noLex || k == 0 || n.cap || n.poss || quotedAt(s, k) || s.toks[k-1].lower != "the" {
		return false
	}
	if k >= 2 && (prepositions[s.toks[k-2].lower] || s.toks[k-2].lower == "of" || s.toks[k-2].lower == "in") {
		return false // "the flood in the county damaged": the object of a preposition is no subject
	}
	return e.lex.KindOf(n.lower, "administrative_district") || e.lex.KindOf(n.lower, "municipality")
}
