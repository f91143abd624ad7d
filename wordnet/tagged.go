package wordnet

import "strings"

// Tagged reports whether word, or its base form, has a sense tagged in
// SemCor, the sense-tagged part of the Brown Corpus whose counts WordNet
// prints in its index files (tagsense_cnt, wndb(5WN)). A word never
// tagged there ("brant", a goose) is rare in running English; a tagged
// one ("hurt", "race") is a word people type meaning itself.
func (w *WordNet) Tagged(word string) bool {
	word = strings.ToLower(strings.ReplaceAll(strings.TrimSpace(word), " ", "_"))
	if b, ok := w.exc.base(word); ok {
		word = b
	}
	return memo(&w.mu, w.tagged, word, func() bool {
		for _, p := range parts {
			if offs, base := w.allSenses(p, word); len(offs) > 0 && w.tagCount(p, base) > 0 {
				return true
			}
		}
		return false
	})
}
