package lookup

import "slices"

// Two graded quantifiers that oppose the same pole are one grade of one
// scale (part of stage 2): "which fish had the least plastic" of an
// article that writes "had the fewest particles". WordNet 3.0 gives both
// "least" and "fewest" as the antonym of "most" (and "less", "fewer" of
// "more"); they differ only as mass and count quantifiers do (AP
// Stylebook, "fewer, less": "fewer" for individual items, "less" for
// bulk or quantity), a distinction chat does not keep. The rule reads
// only the comparative and superlative quantifiers, a closed class
// (Quirk et al. 1985, §5.23–5.25: more, most, less, least, fewer,
// fewest), where a shared antonym means a shared meaning.

// gradedQuantifiers are the comparative and superlative quantifiers
// (Quirk et al. 1985, §5.23–5.25, a closed class).
var gradedQuantifiers = set("more", "most", "less", "least", "fewer", "fewest")

// coQuantifiersKnown returns the graded quantifiers the article writes
// that WordNet opposes to an antonym of w, w itself left out ("fewest"
// for "least"), or none when w is no graded quantifier.
func (e *Engine) coQuantifiersKnown(w string) []string {
	if e.noLex || !gradedQuantifiers[w] {
		return nil
	}
	var out []string
	for _, a := range e.lex.Antonyms(w) {
		for _, b := range e.lex.Antonyms(a) {
			if b != w && gradedQuantifiers[b] && e.r.vocab[b] && !slices.Contains(out, stemOf(b)) {
				out = append(out, stemOf(b))
			}
		}
	}
	return out
}
