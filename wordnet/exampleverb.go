package wordnet

import (
	"slices"
	"strings"
)

// ExampleSynonyms returns the other lemmas of each verb sense of verb
// whose example sentences write the verb, in any form, with object right
// after it: WordNet illustrates a sense with the collocation that means
// it (claim, take: "lay claim to; as of an idea; 'She took credit for the
// whole idea'"), so a verb-noun idiom WordNet lists no lemma for ("take
// credit") has the meaning of the sense its example shows (wndb(5WN): a
// gloss quotes its examples after the definition). None when no example
// writes the pair.
func (w *WordNet) ExampleSynonyms(verb, object string) []string {
	if w.data["verb"] == nil || verb == "" || object == "" {
		return nil
	}
	offs, _ := w.allSenses("verb", verb)
	var out []string
	for _, off := range offs {
		if !w.exampleWrites(string(readLine(w.data["verb"], off)), verb, object) {
			continue
		}
		for _, l := range w.synset("verb", off) {
			if l = strings.ReplaceAll(l, "_", " "); l != verb && !slices.Contains(out, l) {
				out = append(out, l)
			}
		}
	}
	return out
}

// exampleWrites reports whether a quoted example of the data line writes
// a form of verb with object right after it.
func (w *WordNet) exampleWrites(line, verb, object string) bool {
	_, g, ok := strings.Cut(line, "|")
	if !ok {
		return false
	}
	parts := strings.Split(g, "\"")
	for k := 1; k < len(parts); k += 2 {
		ws := strings.FieldsFunc(strings.ToLower(parts[k]), func(r rune) bool {
			return !(r >= 'a' && r <= 'z' || r == '\'' || r == '-')
		})
		for i := 0; i+1 < len(ws); i++ {
			if ws[i+1] == object && w.formOf(ws[i], verb) {
				return true
			}
		}
	}
	return false
}

// formOf reports whether word is verb or an inflection of it, by the
// exception lists or morphy's detachment rules.
func (w *WordNet) formOf(word, verb string) bool {
	if word == verb {
		return true
	}
	if b, ok := w.exc.base(word); ok && b == verb {
		return true
	}
	for _, m := range morphy["verb"] {
		if b, ok := strings.CutSuffix(word, m[0]); ok && b+m[1] == verb {
			return true
		}
	}
	return false
}
