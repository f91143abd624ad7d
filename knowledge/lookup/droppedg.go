package lookup

import "strings"

// A present participle typed with its final g dropped (part of stage 2,
// before the question is read): informal English says and chat writes
// the -ing ending as -in ("goin", "doin", "talkin'"; Wiktionary,
// "Appendix:English internet slang", and the "g-dropping" of -ing, the
// variable (ING): Labov, "Sociolinguistic Patterns", 1972, ch. 8). A
// lower-case word ending in "in" that is no word of the article or of
// English, and whose -ing form is an English word, is that -ing form:
// "how fast was he goin" asks how fast he was going.

// droppedGWords writes out each word of a question typed with the g of
// its -ing dropped ("how fast was he goin" → "how fast was he going").
func (e *Engine) droppedGWords(text string) string {
	fields := strings.Fields(text)
	changed := false
	for i, f := range fields {
		core := strings.TrimRight(f, "?!.,;:'")
		if w := e.droppedG(core); w != "" {
			fields[i] = w + strings.TrimPrefix(f[len(core):], "'")
			changed = true
		}
	}
	if !changed {
		return text
	}
	return strings.Join(fields, " ")
}

// droppedG is the -ing word that w, typed in lower case, writes with its
// final g dropped, or "".
func (e *Engine) droppedG(w string) string {
	if len(w) < 4 || !strings.HasSuffix(w, "in") || strings.ToLower(w) != w ||
		stopWords[w] || chatForms[w] != "" || e.isWord(w) {
		return ""
	}
	if full := w + "g"; e.isWord(full) {
		return full
	}
	return ""
}
