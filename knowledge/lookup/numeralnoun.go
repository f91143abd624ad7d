package lookup

// Numeral nouns (part of stage 1, the numbers of a sentence). English
// counts a set of two with the noun "pair" followed by an of-phrase
// naming its members ("a pair of chaperones"): the noun is a numeral
// quantifier whose of-phrase is no partitive of a larger set but the
// counted noun itself (Quirk et al., A Comprehensive Grammar of the
// English Language, 5.25 and 5.9 on quantifying nouns and the
// of-construction after them; Merriam-Webster, "pair": two corresponding
// persons or things). "Dozen" is read with the cardinals (numberWords).

// numeralNouns are the nouns that name a set of a fixed size, with it.
var numeralNouns = map[string]float64{"pair": 2}

// numeralNoun reports the size of the set a numeral noun at token i
// counts, when an indefinite article stands before it and "of" after it:
// "a pair of chaperones" is two chaperones; "the pair" alone, or "pairs
// of shoes", is not read. It returns 0, false for any other token.
func numeralNoun(toks []token, i int) (float64, bool) {
	if !isNumeralNoun(toks, i) {
		return 0, false
	}
	return numeralNouns[toks[i].lower], true
}

// isNumeralNoun reports whether token i is a numeral noun between "a"
// and "of".
func isNumeralNoun(toks []token, i int) bool {
	_, ok := numeralNouns[toks[i].lower]
	return ok && i > 0 && i+1 < len(toks) && toks[i-1].lower == "a" && toks[i+1].lower == "of"
}

// numeralStart is where the written number at token i begins: at the
// indefinite article before a numeral noun or "dozen" ("a pair of
// chaperones", "a dozen managers"), which is the numeral's own word (the
// article as the unstressed numeral one, Quirk et al. 5.11), else at i.
func numeralStart(toks []token, i int) int {
	if isNumeralNoun(toks, i) || (toks[i].lower == "dozen" || toks[i].lower == "half-dozen") && i > 0 && toks[i-1].lower == "a" {
		return i - 1
	}
	return i
}
