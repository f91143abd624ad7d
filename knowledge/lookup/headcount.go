package lookup

// A count of livestock by the unit noun "head" (part of stage 1,
// numbers): "killing 60 head of cattle". WordNet 3.0 gives "head" the
// sense "a single domestic animal" ("200 head of cattle"), a unit noun
// whose of-phrase names what is counted, as "pair" is in "a pair of
// chaperones" (numeralnoun.go; Quirk et al., A Comprehensive Grammar of
// the English Language, §5.8–5.9 on unit nouns and the of-construction).
// So the count counts the animals of the of-phrase, and "how many cattle
// died" is told by it; the verbatim figure keeps "head of".

// headOfAnimals is the unit stems and end of the noun after "head of",
// when the count's unit read at end is the singular "head" with "of"
// next; ok is false otherwise.
func headOfAnimals(s string, toks []token, stems []string, end int) ([]string, int, bool) {
	if len(stems) != 2 || stems[1] != "head" || end+1 >= len(toks) || toks[end].lower != "of" || punctuatedBetween(s, toks, end) {
		return nil, 0, false
	}
	after, e := unitAfter(s, toks, end+1)
	if len(after) < 2 {
		return nil, 0, false
	}
	return after, e, true
}
