package lookup

import (
	"slices"
	"strings"
)

// Compound kinds of a question's noun (part of stage 2, for terms).
// English compounds are right-headed: a closed compound names a kind of
// its last part (Quirk et al. 1985, App. I.57; Bauer 1983, English
// Word-formation, §2.4, endocentric compounds), so a "sailboat" is a
// boat, a "thunderstorm" a storm and "bumblebees" are bees, and chat asks
// "how many boats sank" of an article that writes "sank 14 sailboats".
// WordNet's hypernym links confirm each pair (thunderstorm IS-A storm),
// or file the compound below the head's own genus (a sailboat is a
// sailing vessel, a vessel, as a boat is a vessel), which keeps out words
// that merely end in another ("understand", "carpet": no kind of stand
// or pet, nor of an animal). A compound is a synonym-like alternative,
// weaker evidence than the word itself (rank.go halves its coverage).

// compoundKindsKnown returns the stems of the article's closed compounds
// that WordNet lists as kinds of noun w, their head: "sailboat" for
// "boat", "thunderstorms" for "storm". The first part must be a word of
// its own of three letters or more.
func (e *Engine) compoundKindsKnown(w string) []string {
	head := singular(w)
	if e.noLex || len(head) < 3 || stopWords[head] || !e.canBe(head, "noun") {
		return nil
	}
	var out []string
	for v := range e.r.vocab {
		sv := singular(v)
		if !e.compoundOf(sv, head) {
			continue
		}
		if st := stemOf(v); !slices.Contains(out, st) {
			out = append(out, st)
		}
	}
	slices.Sort(out) // map order must not change a term's first alternative
	return out
}

// compoundOf reports whether word is a closed compound of a first word
// and head, both of three letters or more, that WordNet lists as a kind
// of head.
func (e *Engine) compoundOf(word, head string) bool {
	if e.noLex || len(head) < 3 {
		return false
	}
	first, ok := strings.CutSuffix(word, head)
	if !ok || len(first) < 3 || strings.ContainsAny(word, ".'-") || !e.lex.IsWord(first) {
		return false
	}
	return e.lex.KindOf(word, head) || e.lex.SiblingKindOf(word, head)
}

// openCompoundKnown reads question token i and the next as the article's
// closed compound the pair writes open ("bumble bees", "harbor master":
// the article's "bumblebees", "Harbormaster"). English writes one
// compound open or closed (the Chicago Manual of Style, 17th ed.,
// 7.81–7.82), and chat splits what the AP closes. The term stands for the
// closed word; ok is false when the article writes no such word, or
// WordNet knows the closed word as no kind of the pair's head.
func (e *Engine) openCompoundKnown(toks []token, i int) (term, bool) {
	if e.noLex || i+1 >= len(toks) || stopWords[toks[i].lower] || stopWords[toks[i+1].lower] || toks[i].poss {
		return term{}, false
	}
	a, b := toks[i].lower, toks[i+1].lower
	for _, c := range []string{a + b, a + singular(b)} {
		for v := range e.r.vocab {
			if singular(v) == singular(c) && e.closedUp(singular(c), singular(b)) {
				return term{lower: a + " " + b, stem: stemOf(v), alts: []string{stemOf(v)}, known: true, derived: true}, true
			}
		}
	}
	return term{}, false
}

// closedUp reports whether word is first and head written solid, a
// compound WordNet lists as a kind of head or does not list at all
// ("harbormaster"): the question's open spelling of both parts is then
// evidence enough, as closedcompound.go reads a compound WordNet lacks.
// So is a first part that can only be a noun, never an adjective: a
// noun premodifier and its head make one compound however it is spelt,
// endocentric or not ("snow plow", the dictionary's "snowplow";
// Merriam-Webster; the Chicago Manual of Style, 17th ed., 7.81), where an
// adjective and a noun may be a free phrase the solid word is not ("a
// green house" is no "greenhouse"; Quirk et al. 1985, App. I.57 on
// compound stress).
func (e *Engine) closedUp(word, head string) bool {
	first, ok := strings.CutSuffix(word, head)
	if !ok || len(first) < 3 || !e.lex.IsWord(first) || !e.lex.IsWord(head) {
		return false
	}
	return !e.lex.IsWord(word) || e.lex.KindOf(word, head) || e.canBe(first, "noun") && !e.canBe(first, "adj")
}

// closedFocus reports whether the counted word of stem f is either part of a
// pair the article writes closed ("how many bee hives": its "beehives"),
// so the article knows it by that word.
func (q *query) closedFocus(f string) bool {
	for _, t := range q.terms {
		parts := strings.Fields(t.lower)
		if len(parts) == 2 && t.known && t.derived && !strings.Contains(t.stem, " ") && (stemsMeet(stemOf(parts[0]), f) || stemsMeet(stemOf(parts[1]), f)) {
			return true
		}
	}
	return false
}

// withCompoundKinds adds to a term the article uses the article's
// compounds of it, unless its alternatives are forms of the word itself.
func (e *Engine) withCompoundKinds(tm term) term {
	if !tm.derived {
		tm.alts = append(tm.alts, e.compoundKindsKnown(tm.lower)...)
	}
	return tm
}

// openCompoundTerm reads question tokens as one word the article writes:
// the pair ending at i closed up ("on board": "aboard", multiwordentry.go),
// or token i and the next written solid or hyphenated: a phrasal verb's noun
// (openparticlenoun.go) or a noun compound (openCompoundKnown); or as
// one WordNet collocation the article knows by its kinds ("financial
// aid": its "grants", collocationkind.go).
func (e *Engine) openCompoundTerm(toks []token, i int) (term, bool) {
	if mt, ok := e.multiwordEntry(toks, i); ok {
		return mt, true // "on board": the article's "aboard" (multiwordentry.go)
	}
	if ot, ok := e.openParticleNoun(toks, i); ok {
		return ot, true
	}
	if ct, ok := e.openCompoundKnown(toks, i); ok {
		return ct, true
	}
	return e.collocationKinds(toks, i)
}
