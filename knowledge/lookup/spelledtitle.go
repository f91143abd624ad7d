package lookup

import "strings"

// Title acronyms spelled out (part of stage 2): news copy writes a
// business title both ways ("CEO", "chief executive"; AP Stylebook,
// "CEO"), and a question typed in chat uses the acronym.

// withSpelledTitles gives a title acronym the article never writes
// ("ceo") the spelled-out title the article does write ("chief
// executive"), from titleAcronyms (words.go).
func (e *Engine) withSpelledTitles(terms []term) []term {
	for k := range terms {
		long, ok := titleAcronyms[terms[k].lower]
		if !ok || terms[k].known {
			continue
		}
		var seq []string
		for _, w := range strings.Fields(long) {
			seq = append(seq, stemOf(w))
		}
		if e.writesPhrase(seq) {
			terms[k].phrases = append(terms[k].phrases, seq)
			terms[k].known = true
		}
	}
	return terms
}
