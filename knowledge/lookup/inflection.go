package lookup

import (
	"slices"
	"strings"
)

// A word the question does not use, reached through WordNet, counts as the
// article's only when the article writes that very word, in one of its
// inflections. A stem is not enough: the Porter/Snowball stemmer strips
// derivational suffixes too, so unrelated words share a stem ("department"
// and "depart", "apartment" and "apart"; Porter 1980 accepts such
// conflations as the price of a suffix stripper). For a word the asker
// chose that loss is small; for a word one link away it turns a false
// premise ("why did the engineer resign", resign → depart) into a match.

// inflections returns the regular inflected forms of a base word: plural
// and third person -s/-es, past -ed/-d, -ing, with the spelling rules of
// English inflection (Quirk et al. 1985, §3.5–3.6: final -e dropped, -y
// to -ie, a final consonant doubled after a short vowel).
func inflections(w string) []string {
	out := []string{w, w + "s", w + "es", w + "ed", w + "d", w + "ing"}
	n := len(w)
	if n < 3 {
		return out
	}
	if w[n-1] == 'e' {
		out = append(out, w[:n-1]+"ing")
	}
	if w[n-1] == 'y' && !strings.ContainsRune("aeiou", rune(w[n-2])) {
		out = append(out, w[:n-1]+"ies", w[:n-1]+"ied")
	}
	if last := w[n-1]; !strings.ContainsRune("aeiouwxy", rune(last)) && strings.ContainsRune("aeiou", rune(w[n-2])) && !strings.ContainsRune("aeiou", rune(w[n-3])) {
		out = append(out, w+string(last)+"ed", w+string(last)+"ing")
	}
	return out
}

// writtenStems returns the stems of the forms of w the article writes: w
// itself, inflected regularly or irregularly ("left" for leave); a form
// WordNet derives from it ("deaths" for die); or w with a suffix that
// keeps its meaning and makes an adjective, adverb or state noun of it
// ("untruthful" for untruth; -ful, -ly, -ness, Quirk et al. 1985, App.
// I.34–I.39). Nil when the article writes none of them. The answer
// depends only on w and the article, and is kept: the slice is shared and
// must not be changed.
func (e *Engine) writtenStems(w string) []string {
	return e.written.get(w, e.findWrittenStems)
}

// findWrittenStems is writtenStems without the cache.
func (e *Engine) findWrittenStems(w string) []string {
	if e.writesInflected(w) {
		return []string{stemOf(w)}
	}
	var out []string
	var forms []string
	if !e.noLex {
		forms = slices.Clone(e.lex.Related(w)) // the lexicon's slice is shared: appending to it would write into it
	}
	for _, suf := range []string{"ful", "ly", "ness"} {
		forms = append(forms, w+suf)
	}
	for _, d := range forms {
		if strings.Contains(d, " ") || !e.writesInflected(d) {
			continue // the stemmer is dear: only a written form is stemmed
		}
		if st := stemOf(d); !slices.Contains(out, st) {
			out = append(out, st)
		}
	}
	return out
}

// writesInflected reports whether the article writes w in one of its
// inflections; an abbreviation may keep its period ("Rep.").
func (e *Engine) writesInflected(w string) bool {
	for _, f := range inflections(w) {
		if e.r.words[f] || e.r.words[f+"."] {
			return true
		}
	}
	return e.r.bases[w]
}

// irregularBases returns the base forms of the article's irregular words.
func (e *Engine) irregularBases() map[string]bool {
	out := map[string]bool{}
	if e.noLex {
		return out
	}
	for i := range e.r.sents {
		for _, t := range e.r.sents[i].toks {
			if l := e.lex.Lemma(t.lower); l != "" {
				out[l] = true
			}
		}
	}
	return out
}
