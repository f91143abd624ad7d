package lookup

// A plural WordNet lists as a word of its own (part of stage 2). "Teens"
// is an entry of its own, the years of one's life from 13 to 19, with no
// other word in its synset, and it is also the regular plural of "teen",
// an adolescent, whose synset holds "teenager". WordNet's morphy finds
// every base form of a word, the word itself and what detaching the
// plural's -s or -es leaves (morphy(7WN): "each base form found" is
// looked up), so a question's "teens" meets the article's "teenagers"
// through the singular when the plural's own senses give no synonym.

// listedPluralSynonyms are the stems of the article's words that are
// synonyms of the singular of w (singular), when w is such a plural: a
// word whose own senses have no synonym, and whose singular is a noun.
func (e *Engine) listedPluralSynonyms(w string) []string {
	b := singular(w)
	if e.noLex || b == w || len(e.lex.Synonyms(w)) > 0 || !e.canBe(b, "noun") {
		return nil
	}
	return e.synonymsKnown(b)
}
