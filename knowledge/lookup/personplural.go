package lookup

import "strings"

// Irregular plurals of person nouns (part of stage 4, yes/no): English
// keeps a few plurals that are not the base plus -s, by vowel change
// ("man"/"men", "woman"/"women") or by the old -en ending
// ("child"/"children") (Quirk et al., A Comprehensive Grammar of the
// English Language, 1985, §5.82-§5.84 on irregular plurals). Such a
// plural names people just as its singular does, so "two men were
// arrested" answers "was anyone arrested" as "a man was arrested" does.
// The base form is WordNet 3.0's: its morphological exception list
// (noun.exc, with morphy's -men rule; morphy(7WN)), through Lemma.

// irregularPersonPlural reports whether w is an irregular plural whose
// base form names a person ("men", "children", "women").
func (e *Engine) irregularPersonPlural(w string) bool {
	if e.lex == nil {
		return false
	}
	base := e.lex.Lemma(w)
	if base == "" || base == w || strings.Contains(base, " ") {
		return false
	}
	return generalHumanNouns[base] || e.isPersonNoun(base)
}
