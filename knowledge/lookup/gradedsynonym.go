package lookup

import (
	"slices"
	"strings"
)

// A graded adjective the article writes as a synonym's graded form (part
// of stage 2): "what's the biggest city" of "Harlan City remained the
// largest city". WordNet 3.0 files "big" and "large" in one synset
// ("above average in size or number or quantity or magnitude or
// extent"), and the comparison of an adjective grades its meaning
// (Quirk et al. 1985, §7.74–7.82), so the superlative of one synonym
// means the superlative of the other; gradedKnown finds only the forms
// of the word asked.

// gradedSynonymsKnown returns the stems of the article's forms of the
// same grade (-est or -er) of the single-word WordNet synonyms of the
// adjective superlative or comparative w grades ("largest" for
// "biggest"), or none when w is neither.
func (e *Engine) gradedSynonymsKnown(w string) []string {
	if co := e.coQuantifiersKnown(w); len(co) > 0 {
		return co // "least" for the article's "fewest" (coantonym.go)
	}
	grade, base := "est", e.superlativeBase(w)
	if base == "" {
		grade, base = "er", e.comparativeBase(w)
	}
	if base == "" || base == w {
		return nil // not graded, or irregular ("best"), whose synonyms' forms need another rule
	}
	var out []string
	for _, syn := range e.lex.Synonyms(base) {
		if strings.Contains(syn, " ") || syn == base {
			continue
		}
		for _, st := range e.gradedKnown(syn) {
			if strings.HasSuffix(st, grade) && !slices.Contains(out, st) {
				out = append(out, st)
			}
		}
	}
	return out
}
