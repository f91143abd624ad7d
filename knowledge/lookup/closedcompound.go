package lookup

import "strings"

// A closed compound noun is a kind of its last base, its head (Quirk et
// al. 1985, App. I.57, noun compounds; Bauer 1983, English Word-formation,
// §2.4, endocentric compounds): "farmworkers" are workers,
// "schoolchildren" children, "warplanes" planes. WordNet lists few such
// compounds, so one it does not know is read by its head; one it knows
// as no kind of its last base ("butterflies" are no flies) is exocentric
// and left alone.

// compoundOfCounted reports whether counted noun, written as one word,
// ends in asked, a plural count noun, after a base of its own: the count
// is of a kind of what the question counts.
func (e *Engine) compoundOfCounted(noun, asked string) bool {
	first, ok := strings.CutSuffix(noun, asked)
	if !ok || len(first) < 3 || strings.ContainsAny(first, " -") || !e.lex.IsWord(first) {
		return false
	}
	return !e.lex.IsWord(noun) || e.lex.KindOf(noun, singular(asked))
}
