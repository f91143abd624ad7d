package lookup

// Stage 4, extraction: a measure after an equative of a dimension
// adjective ("was as wide as 900 yards", "as deep as 35 feet") states
// that dimension. The equative "as ADJ as" compares in the dimension its
// adjective grades, and a measure as its standard gives the value reached
// in that dimension, as a measure phrase before the adjective does ("900
// yards wide"; Quirk et al., A Comprehensive Grammar of the English
// Language, §7.74 on the equative "as … as" and the standard of
// comparison; §7.85 on measure phrases). News writing uses it for a
// maximum along a path or a span ("was as wide as 900 yards in places"),
// so such a measure answers "how wide", and not "how long".

// equativeDimension is the dimension adjective of an equative "as ADJ as"
// right before measure n (past an approximator), or "".
func equativeDimension(s *sentence, n quantity) string {
	k := beforeApproximators(s, n)
	if k >= 2 && s.toks[k].lower == "as" && s.toks[k-2].lower == "as" && dimensionAdjectives[s.toks[k-1].lower] {
		return s.toks[k-1].lower
	}
	return ""
}
