package lookup

// An irregular plural is no irregular past (part of stage 2, the counted
// noun). "How many geese were counted" counts geese: "many" takes a
// plural count noun (Quirk et al. 1985, §5.23), and "geese" is one, a
// plural by change of vowel (§5.83), though its singular "goose" is
// also a verb. WordNet's noun exception list (noun.exc) lists such
// plurals with their singulars ("geese goose", "teeth tooth", "oxen
// ox"), and morphy reads a noun by it before any rule (morphy(7WN)); its
// forms that end in no -s are no verb's past (verb.exc shares none of
// them), so a word it lists is kept as the counted noun, not dropped as
// the verb "many" is the subject of (irregularPastFirst).

// pluralLexicon is a lexicon that reads WordNet's noun exception list, as
// the wordnet package's WordNet does.
type pluralLexicon interface {
	// IrregularPlural returns the singular noun.exc gives an irregular
	// plural ("geese" → goose), or "".
	IrregularPlural(word string) string
}

// irregularPluralNoun reports whether w is a plural noun.exc lists with
// another word as its singular ("geese", "mice", "teeth").
func (e *Engine) irregularPluralNoun(w string) bool {
	pl, ok := e.lex.(pluralLexicon)
	return ok && pl.IrregularPlural(w) != ""
}
