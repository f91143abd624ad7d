package wordnet

import "strings"

// Glosses returns the definitions WordNet 3.0 gives word as part of speech
// p ("noun", "verb", "adj", "adv") in every sense, most frequent first,
// without their example sentences: a data line's gloss follows its "|"
// and quotes its examples (wndb(5WN)), so a definition is the gloss up to
// its first quotation mark ("attendance" → … "the number of people that
// are present"). None for a word WordNet lacks. The answer is kept, and
// shared: not to be changed.
func (w *WordNet) Glosses(word, p string) []string {
	word = strings.ToLower(strings.ReplaceAll(strings.TrimSpace(word), " ", "_"))
	if w.data[p] == nil {
		return nil
	}
	return memo(&w.mu, w.glosses, word+"\x00"+p, func() []string {
		offs, _ := w.allSenses(p, word)
		var out []string
		for _, off := range offs {
			if g := definition(string(readLine(w.data[p], off))); g != "" {
				out = append(out, g)
			}
		}
		return out
	})
}

// definition is the definition in a data line's gloss: the text after
// "|" up to the first quoted example, without the separating semicolon.
func definition(line string) string {
	_, g, ok := strings.Cut(line, "|")
	if !ok {
		return ""
	}
	if i := strings.IndexByte(g, '"'); i >= 0 {
		g = g[:i]
	}
	return strings.TrimRight(strings.TrimSpace(g), "; ")
}
