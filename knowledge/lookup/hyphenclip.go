package lookup

import (
	"slices"
	"strings"
)

// hyphenedClipping reports whether the shorter of two stems is the other
// clipped and written with a hyphen inside, as English writes a clipping
// whose letters run together would read as another word: the AP
// Stylebook's entry "co-op" ("use the hyphen for the abbreviated form of
// cooperative", which would otherwise read as "coop", a cage for hens).
// Only a word WordNet 3.0 files in one synset with the other is taken for
// its clipping (meaning's synonymsKnown), so a hyphenated word is no
// clipping of any longer word its letters begin. News writing names the
// organisation in full ("the High Plains Grain Cooperative") and clips it
// on later reference ("the co-op"), and a reader types either.
func hyphenedClipping(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if !strings.Contains(a, "-") || strings.Contains(b, "-") {
		return false
	}
	return clipping(strings.ReplaceAll(a, "-", ""), b)
}

// clipsHyphened reports whether stem is a hyphenated clipping of one of
// alts: then the two are one word, not synonyms, and a sentence writing
// the full word holds the word asked.
func clipsHyphened(stem string, alts []string) bool {
	for _, a := range alts {
		if hyphenedClipping(stem, a) {
			return true
		}
	}
	return false
}

// unclippedHyphens writes out in text each hyphenated clipping of a word
// the article uses ("co-op" where the article also writes "cooperative"),
// so that the question asks of the word, whose forms include the clipping,
// and is not split at its hyphen as two names are ("the sessions-kislyak
// meetings": splitNameHyphens).
func (e *Engine) unclippedHyphens(text string) string {
	if e.noLex || !strings.Contains(text, "-") {
		return text
	}
	fields := strings.Fields(text)
	for i, f := range fields {
		core := strings.ToLower(strings.TrimRight(f, "?!.,;:"))
		if full := e.electricPrefixed(core); full != "" {
			fields[i] = full + f[len(core):] // "e-bikes": the "electric bikes" the article writes
			continue
		}
		if !strings.Contains(core, "-") || !e.lex.IsWord(core) {
			continue
		}
		for _, syn := range e.lex.Synonyms(core) {
			if hyphenedClipping(core, syn) && e.formsKnown(syn) != nil {
				fields[i] = syn + f[len(core):]
				break
			}
		}
	}
	return strings.Join(fields, " ")
}

// electricPrefixes are what the combining form "e-" stands for: "electronic"
// (Merriam-Webster, "e-": e-mail, e-book) and "electric" (Merriam-Webster,
// "e-bike": an electric bicycle).
var electricPrefixes = []string{"electric", "electronic"}

// electricPrefixed is word "e-X" written out as the article writes it,
// "electric X" or "electronic X", or "" when the article writes neither:
// news writes the full form first and a reader types the short one.
func (e *Engine) electricPrefixed(word string) string {
	rest, ok := strings.CutPrefix(word, "e-")
	if !ok || len(rest) < 3 || strings.Contains(rest, "-") {
		return ""
	}
	stem := stemOf(rest)
	for i := range e.r.sents {
		toks := e.r.sents[i].toks
		for k := 0; k+1 < len(toks); k++ {
			if slices.Contains(electricPrefixes, toks[k].lower) && stemsMeet(toks[k+1].stem, stem) {
				return toks[k].lower + " " + rest
			}
		}
	}
	return ""
}
