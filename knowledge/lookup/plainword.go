package lookup

import "strings"

// Common words are no misspelt names (part of stage 2): a question's
// word one letter from a name ("race" for "Grace", "mayors" for
// "Mayers") is read as the name misspelt only when the article does not
// write the word itself as a common word. English capitalises proper
// nouns and not common ones (Quirk et al., §5.60–5.61; AP Stylebook,
// "capitalization"), so a word the article writes in lower case is one
// of its own common words, and the asker typing it means that word: "who
// won the race" asks about the article's race, not about Grace Okafor.

// plainTyped reports whether a word of the question at i, typed for a
// word of the name form f that it does not spell exactly, is one the
// article writes in lower case.
func (r *reading) plainTyped(toks []token, i int, f []string) bool {
	for k, w := range f {
		if i+k >= len(toks) {
			return false
		}
		got := strings.TrimSuffix(toks[i+k].lower, ".")
		if got != strings.TrimSuffix(w, ".") && r.plain[got] {
			return true
		}
	}
	return false
}
