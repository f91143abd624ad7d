package lookup

// generalOrdinals are the postdeterminers that pick one occurrence of a
// series by its place in time, between a determiner and the noun ("the
// next inspection", "their last meeting"; Quirk et al., §5.20–5.21,
// general ordinals).
var generalOrdinals = set("next", "last", "previous", "upcoming", "latest", "coming")

// generalOrdinalAt reports whether question token i is a general ordinal
// after a determiner and before another word ("the next inspection"): it
// asks which occurrence, not about the thing. A when-question's answer,
// a time, tells which; a report that never writes the word names the
// occurrence otherwise ("a second inspection … is planned for 2027").
func generalOrdinalAt(toks []token, i int) bool {
	return generalOrdinals[toks[i].lower] && i > 0 && i+1 < len(toks) &&
		(determiners[toks[i-1].lower] || possessivePronouns[toks[i-1].lower] || toks[i-1].poss)
}
