package wordnet

import "strings"

// verbCollocation finds a verb collocation whose first word is inflected
// ("passed_away", "took_over", "stepped_down") by the base forms of that
// word with the rest of the collocation unchanged, as WordNet's own morphy
// does (morph.c, morphprep: "assume that the verb is the first word in
// the phrase", and only it inflects). It returns the offsets and the form
// found, or nothing when no base form of the first word makes a listed
// collocation.
func (w *WordNet) verbCollocation(word string) ([]int64, string) {
	first, rest, ok := strings.Cut(word, "_")
	if !ok || first == "" || rest == "" {
		return nil, ""
	}
	var bases []string
	if b, ok := w.exc.base(first); ok && b != first {
		bases = append(bases, b) // "took" → "take"
	}
	for _, m := range morphy["verb"] {
		if b, ok := strings.CutSuffix(first, m[0]); ok && b != "" {
			bases = append(bases, b+m[1])
		}
	}
	for _, b := range bases {
		if offs, err := w.lookup("verb", b+"_"+rest); err == nil {
			return offs, b + "_" + rest
		}
	}
	return nil, ""
}
