package lookup

import (
	"slices"
	"strings"
)

// "What kind of animal was born" is answered by the animal the article
// names under its own name ("an eastern black rhinoceros"): a noun WordNet
// files under the kind asked (a hyponym, Miller 1995), in a sentence that
// holds the rest of the question. "What chemical spilled" asks the same
// of a which-question whose noun names a kind the article gives no named
// instance of: the noun filed under it ("spilling … styrene", styrene a
// chemical compound) says which one, as a hyponym names a kind of its
// hypernym (Cruse 1986, Lexical Semantics, ch. 6).

// kindByHyponym answers a "what kind of N" question with a noun of the
// article that is a kind of N, and the adjectives before it.
func (e *Engine) kindByHyponym(q *query, noun string) (reply, bool) {
	if e.noLex {
		return reply{}, false
	}
	var rest []term
	for _, t := range q.terms {
		if !t.matchesStem(noun) {
			rest = append(rest, t)
		}
	}
	word := ""
	for _, t := range q.toks {
		if t.meets(noun) {
			word = singular(t.lower)
		}
	}
	if word == "" || len(rest) == 0 && len(q.subjects) == 0 && !kindCue.MatchString(strings.ToLower(q.raw)) {
		return reply{}, false // "which chemical": the noun alone asks no kind of the article's
	}
	isKind := func(t token) bool {
		w := singular(t.lower)
		return !t.cap && !stopWords[t.lower] && !t.meets(noun) && e.lex.KindOf(w, word) && !e.sexOrAge(w) && !slices.Contains(e.lex.Synonyms(word), w) // "stone" is rock itself, no kind of it
	}
	bestS, bestI, bestD := (*sentence)(nil), -1, 1<<30
	for rank, c := range e.rank(q, func(s *sentence) bool { return slices.ContainsFunc(s.toks, isKind) }) {
		if rank > 4 {
			break
		}
		s := &e.r.sents[c.s]
		if c.subjects < len(q.subjects) || !holdsAll(s, rest) {
			continue
		}
		for i, t := range s.toks {
			// the kind the act is told of stands nearest the act's words
			if d := nearest(i, c.matched); isKind(t) && d < bestD {
				bestS, bestI, bestD = s, i, d
			}
		}
	}
	if bestS == nil {
		return reply{}, false
	}
	j := bestI
	for j > 0 && e.kindModifier(bestS, j-1) {
		j--
	}
	for bestI+1 < len(bestS.toks) && isKind(bestS.toks[bestI+1]) && bestS.toks[bestI+1].start == bestS.toks[bestI].end+1 {
		bestI++ // "ammonium nitrate": the compound's head is its last noun (Quirk et al., §17.108)
	}
	text := bestS.text[bestS.toks[j].start:bestS.toks[bestI].end]
	return reply{found: true, head: capitalise(text) + ".", used: []*sentence{bestS}}, true
}

// sexOrAge reports whether WordNet files a noun under a sex or an age
// ("male", "calf" a young mammal), which tell which animals, not what kind.
func (e *Engine) sexOrAge(w string) bool {
	for _, k := range []string{"male", "female", "young"} {
		if w == k || e.lex.KindOf(w, k) {
			return true
		}
	}
	return false
}

// kindModifier reports whether token k premodifies the noun after it as
// part of the kind's name: an adjective (in WordNet), not a determiner or
// an ordinal, which say which one rather than what kind, nor a participle
// after a noun, which opens a clause of its own.
func (e *Engine) kindModifier(s *sentence, k int) bool {
	t := s.toks[k]
	if stopWords[t.lower] || determiners[t.lower] || ordinalWords[t.lower] != 0 || t.end != s.toks[k+1].start-1 {
		return false
	}
	if k > 0 && (strings.HasSuffix(t.lower, "ing") || strings.HasSuffix(t.lower, "ed")) && !determiners[s.toks[k-1].lower] && e.isNoun(s.toks[k-1]) {
		return false // "workers cutting granite": a participle after a noun opens its postmodifying clause (Quirk et al., §17.27)
	}
	return slices.Contains(e.lex.PartsOfSpeech(t.lower), "adj")
}

// holdsAll reports whether s holds every one of the terms.
func holdsAll(s *sentence, ts []term) bool {
	for _, t := range ts {
		if !s.hasTerm(t) {
			return false
		}
	}
	return true
}
