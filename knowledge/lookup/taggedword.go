package lookup

// Frequent words are no misspelt names (part of stage 2). A question's
// word one letter from a long name is read as the name misspelt even
// when it is a dictionary word ("brant" for "Brandt"), since a rare
// word typed beside a story's names is likelier a slip than meant. A
// word frequent in running English is not: "was anyone hurt" asks about
// harm, not about a councilman named Hurst. Frequency is read from the
// lexicon's corpus counts (WordNet's SemCor tag counts, wordnet.Tagged);
// without them every dictionary word one letter from a long name stays
// a possible misspelling, as before.

// WordCounts tells how common a word is in running English. A Lexicon
// that also is a WordCounts (as the wordnet package's WordNet is) lends
// it to the engine.
type WordCounts interface {
	// Tagged reports whether the word, or its base form, occurs in the
	// lexicon's sense-tagged corpus.
	Tagged(word string) bool
}

// frequentWord reports whether a typed word is frequent in running
// English; never without the lexicon's counts.
func (e *Engine) frequentWord(w string) bool {
	return e.counts != nil && e.counts.Tagged(w)
}
