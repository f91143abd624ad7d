package lookup

// A figure after a noun and a preposition of position on a scale ("rates
// near 7 percent", "unemployment at 4.1%", "prices above $3") is that
// noun's level: the prepositional phrase postmodifies the noun (Quirk et
// al. 1985, §17.37, prepositional postmodifiers), and news writing gives
// the size of a change with its verb ("fell 14%"), with "by", or with
// "up" or "down" (AP Stylebook, "percent"). "How much did sales drop" is
// not answered by the level of another noun in the sentence.

// levelPrepositions place a figure on a scale relative to a noun.
var levelPrepositions = set("near", "at", "around", "above", "below", "under", "over")

// levelOfNoun reports whether figure n of s stands after a noun and a
// preposition of level, with at most one approximator between ("rates
// near 7 percent", "rates at about 7 percent").
func (e *Engine) levelOfNoun(s *sentence, n quantity) bool {
	k := n.tok - 1
	if k >= 0 && approximators[s.toks[k].lower] && !levelPrepositions[s.toks[k].lower] {
		k--
	}
	if k < 1 || !levelPrepositions[s.toks[k].lower] || punctuatedBetween(s.text, s.toks, k) {
		return false
	}
	noun := s.toks[k-1]
	return !noun.cap && !stopWords[noun.lower] && e.canBe(noun.lower, "noun") && !e.canBe(noun.lower, "verb") ||
		!noun.cap && plural(noun.lower) && e.canBe(singular(noun.lower), "noun") && !e.irregularForm(noun.lower) && !endsIn(noun.lower, "ed")
}
