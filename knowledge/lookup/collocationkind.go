package lookup

import (
	"slices"
	"strings"
)

// collocationkind.go reads two question words that WordNet lists as one
// collocation ("financial aid", "police officer") as that one word when
// the article never writes the pair but does write a kind of it ("need-
// based grants": a grant is financial aid, WordNet's hypernym link). A
// collocation is a lexical unit whose meaning is not the sum of its
// words' (Quirk et al. 1985, App. I.44 on compounds; WordNet lists such
// units as lemmas of their own, Fellbaum 1998, "WordNet", ch. 1), so its
// first word alone ("financial") is no evidence for the article's other
// uses of it ("a financial report"), and its kinds are found as a single
// word's are (narrowerknown.go: at most two links below).

// collocationKinds reads question tokens i and i+1 as one WordNet
// collocation the article never writes, known by the article's words
// below it; false when the pair is no collocation, the article writes it,
// or it writes no kind of it.
func (e *Engine) collocationKinds(toks []token, i int) (term, bool) {
	if e.noLex || i+1 >= len(toks) {
		return term{}, false
	}
	a, b := toks[i], toks[i+1]
	if stopWords[a.lower] || stopWords[b.lower] || chatWords[a.lower] || chatWords[b.lower] || len(a.lower) < 3 || len(b.lower) < 3 {
		return term{}, false
	}
	if e.writesPhrase([]string{a.stem, b.stem}) {
		return term{}, false // the article's own pair: its words match themselves
	}
	for _, head := range []string{b.lower, singular(b.lower)} {
		phrase := a.lower + " " + head
		if !e.lex.IsWord(strings.ReplaceAll(phrase, " ", "_")) {
			continue
		}
		var alts []string
		for _, v := range e.kindIndex()[0][stemOf(a.lower)+" "+stemOf(head)] {
			if st := stemOf(v); !slices.Contains(alts, st) {
				alts = append(alts, st)
			}
		}
		if len(alts) > 0 {
			return term{lower: a.lower + " " + b.lower, stem: b.stem, alts: alts, known: true, derived: true}, true
		}
	}
	return term{}, false
}
