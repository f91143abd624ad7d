package wordnet

import "strings"

// IrregularPlural returns the singular that WordNet's noun exception list
// (noun.exc) gives an irregular plural ("geese" → goose, "teeth" → tooth,
// "oxen" → ox, "criteria" → criterion), the first step of morphy for a
// noun (morphy(7WN)), or "" for any other word: a regular plural, a word
// the list gives as its own base, or one it lacks.
func (w *WordNet) IrregularPlural(word string) string {
	return strings.ReplaceAll(w.pluralBase(strings.ToLower(word)), "_", " ")
}

// pluralBase is the singular noun.exc gives word, as the list writes it
// ("_" between words), or "" when the list lacks word or gives it as its
// own base.
func (w *WordNet) pluralBase(word string) string {
	if b, ok := w.nounExc.base(word); ok && b != word {
		return b
	}
	return ""
}
