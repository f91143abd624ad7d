package lookup

import "strings"

// A function word typed with two letters swapped (part of stage 2, before
// the question is read): the commonest slip of fast typing is the
// transposition of two adjacent letters (Damerau 1964, "A technique for
// computer detection and correction of spelling errors": one of the four
// single-error kinds that make up over 80% of misspellings), and in chat
// it falls most often on the short, frequent function words ("teh",
// "adn", "waht"). The function words are a closed class (Quirk et al.
// 1985, §2.38; here the Snowball stop-word list, stopWords), so a word
// that is in no dictionary, not in the article, and one adjacent swap
// from exactly one function word of three letters or more is that word.
// respelt (query.go) corrects content words the same way, by one edit to
// a word the article writes, but only from five letters up.

// swappedFunctionWords writes out each word of a question that is a
// function word with two adjacent letters swapped ("who's teh ceo" →
// "who's the ceo").
func (e *Engine) swappedFunctionWords(text string) string {
	fields := strings.Fields(text)
	changed := false
	for i, f := range fields {
		core := strings.TrimRight(f, "?!.,;:")
		if w := e.swappedFunctionWord(core); w != "" {
			fields[i] = w + f[len(core):]
			changed = true
		}
	}
	if !changed {
		return text
	}
	return strings.Join(fields, " ")
}

// swappedFunctionWord is the one function word that w, typed in lower
// case, misspells by swapping two adjacent letters, or "".
func (e *Engine) swappedFunctionWord(w string) string {
	if len(w) < 3 || strings.ToLower(w) != w || stopWords[w] || chatForms[w] != "" || e.isWord(w) {
		return ""
	}
	found := ""
	for k := 0; k+1 < len(w); k++ {
		b := []byte(w)
		b[k], b[k+1] = b[k+1], b[k]
		if v := string(b); v != w && stopWords[v] {
			if found != "" && found != v {
				return "" // "hwo": who or how, no single correction
			}
			found = v
		}
	}
	return found
}
