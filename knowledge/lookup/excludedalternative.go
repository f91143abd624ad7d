package lookup

// The alternative set aside (part of stage 4, for yes and no): "used for
// fishing rather than for trade", "made of oak instead of cedar", "for
// fishing, not for trade". "Instead of" is a complex preposition and
// "rather than" a quasi-coordinator of replacement, whose complement is
// what did not happen or hold (Quirk et al. 1985, ch. 9 on complex
// prepositions, ch. 13 on quasi-coordinators), and a "not" set off by a
// comma negates only the constituent it opens, contrasted with the one
// before it (ch. 10 on local negation). A yes/no question about the
// alternative set aside is answered No by the sentence, as a negated verb
// would answer it.

// exclusionSpan is how many words before a matched word a marker of
// exclusion may stand and still govern it ("rather than the old wooden
// boats").
const exclusionSpan = 5

// excludedAlternative reports whether a matched word of s stands in the
// phrase a marker of exclusion opens, before any comma or "but" closes it.
func excludedAlternative(s *sentence, matched []int) bool {
	for _, m := range matched {
		if exclusionBefore(s, m) {
			return true
		}
	}
	return false
}

// exclusionBefore reports whether the word at m follows "rather than",
// "instead of" or a comma-led "not" in its own phrase.
func exclusionBefore(s *sentence, m int) bool {
	for k := m - 1; k >= 0 && k >= m-exclusionSpan; k-- {
		if commaBetween(s, k, k+1) || s.toks[k].lower == "but" {
			return false // "for fishing, not for trade, Anand said": the phrase ends at the comma
		}
		switch w := s.toks[k].lower; {
		case w == "than" && k > 0 && s.toks[k-1].lower == "rather",
			w == "of" && k > 0 && s.toks[k-1].lower == "instead":
			return true
		case w == "not" && k > 0 && commaBetween(s, k-1, k) && !notAdditive[s.toks[k+1].lower]:
			return true
		}
	}
	return false
}

// notAdditive are the words after which "not" opens no exclusion but an
// addition ("not only in Ohio but ..."), or a degree ("not quite"): the
// restrictive focusing adverbs (Quirk et al. 1985, §8.116, as exclusive.go
// cites them) and the
// degree adverbs that "not" may modify.
var notAdditive = set("only", "just", "merely", "simply", "solely", "even", "quite", "all", "always", "necessarily")
