package lookup

import (
	"slices"
	"strings"
)

// narrowerknown.go bridges a question word the article never uses to the
// article's words that name a kind or a manner of it, at most two
// WordNet hypernym links below it: "meat" of the article's "venison"
// (venison → game → meat), "guns" of its "rifles" (rifle → firearm →
// gun), "take" of its "seized". What is true of the narrower term is true
// of the broader (Cruse 1986, "Lexical Semantics", ch. 4 on hyponymy;
// Fellbaum 1998, "WordNet", ch. 3 on troponymy), so the article's
// sentence says what the question asks in a narrower word. Neighbours
// follows links up from the question's word, and down only one noun
// link; this follows them up from the article's words, which it reads
// in their first sense, so the many rare hyponyms of a common word do not
// come in. Two links is the bound: farther up WordNet's tree the nodes are
// categories ("matter", "act") that no reader means by a word of the
// question. The bridge serves the noun a how-many or how-much question
// counts or measures (countedKindTerm, kindsFocus, kindCounted), and its
// words follow the broader neighbours, never put in their place: a
// sentence may say the thing in a broader word as well. Read for every
// unknown word it cost answers (see countedKindTerm), so no other word
// takes it; narrowerKnown still reads verbs, as a collocation's kinds
// and a later use may need them.

// broaderLexicon is a Lexicon that also climbs a bounded number of
// hypernym links (package wordnet's Broader).
type broaderLexicon interface {
	Broader(word string, steps int) []string
	BroaderAs(word, p string, steps int) []string
}

// kindSteps bounds the hypernym links climbed from the article's words.
const kindSteps = 2

// countedKindTerm is tm, the term of question word i, known also by the
// article's words below it when the article never uses it and it is the
// noun the question counts or measures ("how much meat", "how many
// guns"): a count or measure of a kind is one of the broader noun, which
// is true of no other use of the word (a sentence denying the narrower
// act, "did not stab", denies nothing of the broader, "hurt"; a verb's
// tree two links up is too loose: "drew" residents is no moving), and
// which other stages read only for an unknown word (againverb.go's
// "reopen", hyponymcompound.go's "ammonium nitrate") keep.
func (e *Engine) countedKindTerm(q *query, i int, tm term) term {
	if tm.known && !tm.weak || len(q.focus) == 0 || q.typ != tCount && q.typ != tAmount || q.toks[i].stem != q.focus[len(q.focus)-1] {
		return tm
	}
	for _, st := range e.narrowerKnown(q.toks[i].lower) {
		if !slices.Contains(tm.alts, st) {
			tm.alts, tm.known, tm.weak = append(slices.Clip(tm.alts), st), true, true // after a broader neighbour ("food"), never in its place
		}
	}
	return tm
}

// narrowerKnown returns the stems of the article's words that are kinds
// or manners of w, at most kindSteps links below it, in w's own reading
// (the lexicon's Narrower: "goods" is no kind of "good"); of a light verb
// ("take", "make"), whose meaning is mostly its object's (Quirk et al.
// 1985, §3.48 on the light use of common verbs), only the manners one
// link below ("seize": take), not the whole tree under it, and those
// without Narrower's reading of it in its two most frequent senses, which
// for a light verb are its light uses.
func (e *Engine) narrowerKnown(w string) []string {
	if e.noLex || stopWords[w] && !lightVerbs[w] || e.lex.KindOf(singular(w), "person") {
		return nil // a role ("chief") is a person's office, resolved by descriptions.go: a director is no fire chief
	}
	idx := e.kindIndex()[0]
	if lightVerbs[w] {
		idx = e.kindIndex()[1]
	}
	return e.narrowerStems(idx, w, func(v string) bool { return lightVerbs[w] || e.lex.Narrower(v, w) })
}

// narrowerStems returns the stems of the article's words that kind index
// idx (kindIndex) files below w and keep admits, each once.
func (e *Engine) narrowerStems(idx map[string][]string, w string, keep func(v string) bool) []string {
	var out []string
	for _, v := range idx[stemOf(w)] {
		if st := stemOf(v); !slices.Contains(out, st) && keep(v) {
			out = append(out, st)
		}
	}
	return out
}

// kindIndex returns the article's lower-case words by the words above
// them: the stem of each word at most kindSteps hypernym links above an
// article word's first sense (of a collocation, its words' stems, spaced:
// collocationkind.go) → the article's words below it; and the same for
// one link only. Read on first use.
func (e *Engine) kindIndex() [2]map[string][]string {
	e.kindOnce.Do(func() {
		e.kindIdx = [2]map[string][]string{{}, {}}
		bl, ok := e.lex.(broaderLexicon)
		if !ok {
			return
		}
		for w := range e.r.plain {
			if len(w) < 3 || stopWords[w] || lightVerbs[w] || copularVerbs[w] || strings.ContainsAny(w, "0123456789") {
				continue
			}
			for _, b := range bl.BroaderAs(w, "noun", kindSteps) {
				if k := phraseStem(b); strings.Contains(b, " ") && !slices.Contains(e.kindIdx[0][k], w) {
					e.kindIdx[0][k] = append(e.kindIdx[0][k], w) // a collocation above the noun, whatever part the word is more often (collocationkind.go)
				}
			}
			for x, steps := range []int{kindSteps, 1} {
				for _, b := range bl.Broader(w, steps) {
					if k := phraseStem(b); k != stemOf(w) && !slices.Contains(e.kindIdx[x][k], w) {
						e.kindIdx[x][k] = append(e.kindIdx[x][k], w)
					}
				}
			}
		}
	})
	return e.kindIdx
}

// kindCounted reports whether a count of noun counts the things asked
// (asked, the question's plural): noun is a kind of asked at most
// kindSteps links below it in WordNet ("two rifles" are two guns).
func (e *Engine) kindCounted(asked, noun string) bool {
	return slices.Contains(e.narrowerKnown(asked), stemOf(noun))
}

// kindsFocus reports whether the article knows the noun of stem f that
// q counts or measures by a kind of it ("300 pounds of venison" for "how
// much meat"): a measure of the narrower mass is one of the broader.
func (e *Engine) kindsFocus(q *query, f string) bool {
	for _, t := range q.terms {
		if t.stem == f && !t.phrasal && len(e.narrowerKnown(t.lower)) > 0 {
			return true
		}
	}
	return false
}

// phraseStem is the stems of a word or collocation's words, spaced.
func phraseStem(w string) string {
	f := strings.Fields(w)
	for i := range f {
		f[i] = stemOf(f[i])
	}
	return strings.Join(f, " ")
}
