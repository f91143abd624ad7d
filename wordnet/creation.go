package wordnet

import "strings"

// Creates reports whether a verb has a sense filed in the lexicographer
// file verb.creation, "verbs of sewing, baking, painting, performing"
// (lexnames(5WN), number 36): write, paint, compose, design, build,
// conduct, produce, and the general "do" and "make" in their senses of
// making a work. Such a verb's object is the work it brings about, and a
// noun of that work with a by-phrase names its maker ("a report by the
// council", "a painting by O'Keeffe": Quirk et al. 1985, §17.38).
func (w *WordNet) Creates(word string) bool {
	word = w.verbKey(word)
	return memo(&w.mu, w.kinds, "\x03"+word, func() bool {
		offs, _ := w.senses("verb", word)
		for _, off := range offs {
			fs := strings.Fields(string(readLine(w.data["verb"], off)))
			if len(fs) > 1 && fs[1] == creationLexFile {
				return true
			}
		}
		return false
	})
}

// creationLexFile is the number of verb.creation among the lexicographer
// files (lexnames(5WN)).
const creationLexFile = "36"
