package lookup

// "A single X" counts one (part of stage 1, reading numbers). English
// stresses that a count is one with the adjectives "single" and "lone"
// after the indefinite article ("a single snowy owl", "a lone gunman":
// Merriam-Webster, "single" adj. 1a, "consisting of or having only one
// part"; "lone" adj. 1, "having no company"; Quirk et al. 1985, §6.53 on
// "a single" as an emphatic "one"). Under negation the phrase counts
// none ("we didn't see a single eagle"), which the sentence states by
// its negation, not by a number: such a phrase is not read. Nor is one
// in a sentence with a modal verb, where "a single" stresses how little
// would do ("a single spark could start a fire"), not how many there were.

// singleAdjectives are the adjectives that, after "a", make the article
// an emphatic "one".
var singleAdjectives = set("single", "lone")

// singleCount reads "a single" or "a lone" at token i with the noun
// phrase after it as a count of one.
func singleCount(s string, toks []token, i int) (quantity, bool) {
	if toks[i].lower != "a" || i+2 >= len(toks) || !singleAdjectives[toks[i+1].lower] || punctuatedBetween(s, toks, i+2) {
		return quantity{}, false
	}
	for k := max(0, i-4); k < i; k++ {
		if negations[toks[k].lower] {
			return quantity{}, false // "didn't see a single eagle": none
		}
	}
	for _, t := range toks {
		if modalAux[t.lower] {
			return quantity{}, false // "the failure of a single steel member could bring it down": a possibility, no count
		}
	}
	stems, end, ok := ordinalHead(s, toks, i+2) // the head is singular, last of its phrase, as after an ordinal
	if !ok {
		return quantity{}, false
	}
	q := quantity{kind: qCount, value: 1, tok: i, end: end, unit: stems[0], noun: stems[1], mods: stems[2:]}
	q.text = s[toks[i].start:toks[end-1].end]
	return q, true
}
