package lookup

import (
	"slices"
	"strings"
	"unicode"
)

// A verb the article never writes, asked with its preposition stranded
// ("what was the whale caught in"): a dictionary defines a verb by plainer
// verbs (WordNet 3.0 glosses "catch" as "to hook or entangle"; Fellbaum
// 1998, ch. 3 on verb definitions by a superordinate and a manner), and
// the stranded preposition names the role asked (Quirk et al. 1985, §9.6:
// "in" of containment, "with" of instrument). So the article's verbs that
// the asked verb's glosses name, and that the article writes with that
// same preposition after them ("entangled in crab-pot line"), stand for
// it, as weakly as any word one link away.

// strandedGlossKnown returns, for verb toks[i] of a question that ends
// in a stranded preposition, the stems of the article's verbs its WordNet
// glosses name that the article writes with that preposition after them.
func (e *Engine) strandedGlossKnown(toks []token, i int) []string {
	n := len(toks)
	if e.noLex || i < 2 || i >= n-1 || toks[0].lower != "what" || !e.canBe(toks[i].lower, "verb") {
		return nil
	}
	p := toks[n-1].lower
	if !prepositions[p] && !strandedOnlyPrepositions[p] {
		return nil
	}
	for j := i + 1; j < n-1; j++ {
		if prepositions[toks[j].lower] || strandedOnlyPrepositions[toks[j].lower] {
			return nil // the verb's own preposition stands before the last
		}
	}
	before := e.stemsBefore(p)
	if len(before) == 0 {
		return nil
	}
	base := cmp0(e.lex.Lemma(toks[i].lower), toks[i].lower)
	var out []string
	for _, g := range e.lex.Glosses(base, "verb") {
		for _, w := range strings.FieldsFunc(g, func(r rune) bool { return !unicode.IsLetter(r) }) {
			w = strings.ToLower(w)
			if len(w) < 4 || stopWords[w] || lightVerbs[w] || glossClassWords[w] || w == base {
				continue
			}
			if st := stemOf(w); before[st] && !slices.Contains(out, st) {
				out = append(out, st)
			}
		}
	}
	return out
}

// cmp0 is a, or b when a is empty.
func cmp0(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// stemsBefore is the set of stems of the article's lower-case words,
// outside quotations, that stand up to four words before preposition p in
// their clause ("entangled in", "soaked off the labels in").
func (e *Engine) stemsBefore(p string) map[string]bool {
	out := map[string]bool{}
	for i := range e.r.sents {
		s := &e.r.sents[i]
		for k, t := range s.toks {
			if t.lower != p {
				continue
			}
			for j := k - 1; j >= 0 && j >= k-4; j-- {
				if punctuatedBetween(s.text, s.toks, j+1) {
					break
				}
				if !s.toks[j].cap && !quotedAt(s, j) && !stopWords[s.toks[j].lower] {
					out[s.toks[j].stem] = true
				}
			}
		}
	}
	return out
}
