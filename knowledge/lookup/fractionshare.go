package lookup

import "strings"

// A fraction as a share (part of stage 1, numbers). "About half of the
// stolen items", "two-thirds of voters", "a quarter of the budget": a
// fraction before a partitive of-phrase names a part of the whole that
// phrase names (Quirk et al. 1985, §5.21 on "half" and §6.68 on the
// fractions as partitives), as "50 percent of" would; so "how much was
// recovered" is answered by it, as a share of the whole.

// fractionValues are the fractions news writing spells out, as shares of
// a hundred: the word itself ("half"), or the word after "a", "one",
// "two" or "three" ("a third", "three-quarters").
var fractionValues = map[string]float64{
	"half": 50, "third": 100.0 / 3, "thirds": 100.0 / 3, "quarter": 25, "quarters": 25, "fifth": 20, "fifths": 20,
}

// fractionNumerators are the words that may count the fraction's parts.
var fractionNumerators = map[string]float64{"a": 1, "one": 1, "two": 2, "three": 3, "four": 4}

// fractionShare reads a fraction at token i that a partitive "of"
// follows ("half of", "a third of", "two-thirds of") as a share; ok is
// false for anything else, and for "half" after "a" or "and" ("a half
// mile", "one and a half"), which measures, not a part of a whole.
func fractionShare(s string, toks []token, i int) (quantity, bool) {
	w, end, num := toks[i].lower, i+1, 1.0
	if a, b, ok := strings.Cut(w, "-"); ok {
		n, okN := fractionNumerators[a]
		if !okN {
			return quantity{}, false
		}
		w, num = b, n // "two-thirds"
	} else if n, ok := fractionNumerators[w]; ok && w != "half" && i+1 < len(toks) {
		w, end, num = toks[i+1].lower, i+2, n // "a third", "three quarters"
	}
	v, ok := fractionValues[w]
	if !ok || end >= len(toks) || toks[end].lower != "of" || punctuatedBetween(s, toks, end) {
		return quantity{}, false
	}
	if w == "half" && i > 0 && (toks[i-1].lower == "a" || toks[i-1].lower == "and") {
		return quantity{}, false
	}
	if num > 1 && !strings.HasSuffix(w, "s") || num == 1 && strings.HasSuffix(w, "s") {
		return quantity{}, false // "two third of", "a thirds of": no fraction
	}
	return quantity{kind: qPercent, value: num * v, tok: i, end: end, text: s[toks[i].start:toks[end-1].end], part: true}, true
}
