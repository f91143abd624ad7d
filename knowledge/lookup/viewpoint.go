package lookup

import "strings"

// Viewpoint adjuncts of chat (part of stage 2): English forms adverbs of
// viewpoint with the suffix -wise on a bare noun, "as far as X is
// concerned" ("weatherwise", "money-wise"; Quirk et al., Appendix I on
// the adverb suffix -wise).
// Chat writes the suffix as a word of its own after the noun or a symbol
// ("$ wise", "money wise"). It restricts what is asked to the noun's
// respect, which the noun itself says; "wise" is no word of the answer.

// viewpointWise reports whether question token i is the suffix -wise
// written apart: "wise" right after a bare noun or a currency symbol. When
// the words before it are a phrase a determiner or possessive opens ("was
// the rebuild plan wise"), "wise" is that phrase's predicative adjective.
func (e *Engine) viewpointWise(toks []token, i int) bool {
	if toks[i].lower != "wise" || i == 0 {
		return false
	}
	prev := toks[i-1].lower
	if prev == "$" || prev == "£" || prev == "€" {
		return true
	}
	if stopWords[prev] || !e.canBe(prev, "noun") {
		return false
	}
	k := i - 1
	for k >= 0 && !stopWords[toks[k].lower] {
		k-- // back over the phrase's words: "rebuild plan"
	}
	return k < 0 || !determinerBefore(toks[k].lower)
}

// determinerBefore reports whether w opens a noun phrase as a determiner
// (the articles, demonstratives and possessives: Quirk et al., §5.10-5.14).
func determinerBefore(w string) bool {
	return w == "a" || w == "an" || w == "the" || w == "this" || w == "that" ||
		w == "these" || w == "those" || possessivePronouns[w]
}

// viewpointAdverb reports whether w is a noun with the suffix -wise in one
// word ("moneywise", "costwise") that no dictionary lists: a coinage of
// viewpoint, not a word of its own such as "likewise" or "clockwise".
func (e *Engine) viewpointAdverb(w string) bool {
	base, ok := strings.CutSuffix(w, "wise")
	return ok && len(base) >= 3 && !e.noLex && !e.lex.IsWord(w) && e.canBe(base, "noun")
}
