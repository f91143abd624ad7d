package wordnet

import "strings"

// IrregularPlural returns the singular that WordNet's noun exception list
// (noun.exc) gives an irregular plural ("geese" → goose, "teeth" → tooth,
// "oxen" → ox, "criteria" → criterion), the first step of morphy for a
// noun (morphy(7WN)), or "" for any other word: a regular plural, a word
// the list gives as its own base, or one it lacks.
func (w *WordNet) IrregularPlural(word string) string {
	word = strings.ToLower(word)
	b, ok := w.nounExc.base(word)
	if !ok || b == word {
		return ""
	}
	return strings.ReplaceAll(b, "_", " ")
}
