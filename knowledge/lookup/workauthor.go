package lookup

import "strings"

// The maker of a work named by a by-phrase after its noun (part of stage
// 4, who-questions). A noun phrase naming a made thing takes its author
// in a by-phrase right after the head: "a harbor scene by Jan van Goyen",
// "a novel by Toni Morrison", "a 6-foot figure by the late artist
// Rosalind Tafoya" (Quirk et al. 1985, §17.38, the by-phrase of
// authorship in noun phrases; AP style names a work's maker so, without
// a verb). Asked who made, painted or wrote the thing, the reader is owed
// that agent, not the nearest name of the sentence: in "a harbor scene by
// Jan van Goyen and a small portrait by Judith Leyster" each work has its
// own. The thing may also be the subject of a copula whose complement the
// by-phrase ends ("The sculpture, 'Rain Dancer,' is a 6-foot figure by
// …").

// workAuthor answers a who-question whose verb is one of making from the
// first ranked candidate that holds the question's entities and every
// word of it but the verb, and names the asked thing in a noun phrase
// ending in a by-phrase: the by-phrase states the making, so the verb
// need not be in the sentence ("letters by the poet Edna Marlow" tells
// who wrote them).
func (e *Engine) workAuthor(q *query) (reply, bool) {
	act, ok := e.askedAct(q)
	if !ok || !e.makingVerb(act.lower) || e.askedInPassive(q, act) {
		return reply{}, false
	}
	for _, c := range e.rank(q, nil) { // ranked only for a verb of making: most who-questions never need it
		s := &e.r.sents[c.s]
		if c.subjects < len(q.subjects) || !holdsObject(q, act, s) {
			continue
		}
		for j, t := range s.toks {
			if t.lower != "by" || j+1 >= len(s.toks) || quotedAt(s, j) || !e.byOfAskedWork(q, act, s, j) {
				continue
			}
			if agent, ok := e.agentAt(s, j+1); ok {
				return reply{found: true, head: agent, used: []*sentence{s}}, true
			}
		}
	}
	return reply{}, false
}

// makingVerb reports whether verb w is one of making a work: "make" and
// "create" themselves (WordNet 3.0 create.v.02 and make.v.03 "create or
// manufacture a man-made product"), or a verb whose WordNet
// derivationally related agent noun is a kind of {creator} ("paint":
// painter, "sculpt": sculptor, "compose": composer, "build": builder,
// "photograph": photographer) or of {writer, author} ("write": writer).
func (e *Engine) makingVerb(w string) bool {
	if e.lex == nil {
		return false
	}
	base := w
	if l := e.lex.Lemma(w); l != "" {
		base = l
	}
	if base == "make" || base == "create" {
		return true
	}
	for _, n := range e.lex.Related(base) {
		if strings.HasSuffix(n, "er") || strings.HasSuffix(n, "or") {
			if e.lex.KindOf(n, "creator") || e.lex.KindOf(n, "writer") {
				return true
			}
		}
	}
	return false
}

// byOfAskedWork reports whether the by at token j of s ends a noun phrase
// (back to its determiner, past premodifiers) that holds a word of the
// question besides its verb, or one that is the complement of a copula
// whose subject, from the sentence's start, holds one. A participle or
// a verb between the word and "by" makes it a passive's agent, no
// author's.
func (e *Engine) byOfAskedWork(q *query, act term, s *sentence, j int) bool {
	toks := s.toks
	asked := func(k int) bool {
		for _, t := range q.terms {
			if t.lower != act.lower && t.matches(toks[k]) && !toks[k].cap {
				return true
			}
		}
		return false
	}
	k := j - 1
	found := false
	for ; k >= 0 && j-k <= 5; k-- {
		w := toks[k].lower
		if punctuatedBetween(s.text, toks, k+1) || stopWords[w] || determiners[w] || beForms[w] || toks[k].cap {
			break
		}
		if k < j-1 && (strings.HasSuffix(w, "ed") || e.irregularVerbForm(w)) {
			return false // "the sculpture stolen by": a participle's agent
		}
		found = found || asked(k)
	}
	if found {
		return true
	}
	if k < 1 || !determiners[toks[k].lower] || !beForms[toks[k-1].lower] {
		return false
	}
	for i := 0; i < k-1; i++ {
		if asked(i) {
			return true // "The sculpture, 'Rain Dancer,' is a 6-foot figure by …"
		}
	}
	return false
}

// holdsObject reports whether s holds every term of q but its verb act.
func holdsObject(q *query, act term, s *sentence) bool {
	n := 0
	for _, t := range q.terms {
		if t.lower == act.lower {
			continue
		}
		if !s.hasTerm(t) {
			return false
		}
		n++
	}
	return n > 0
}

// authorSetOrUnsaid is namedSetOrUnsaid after workAuthor: the maker a
// by-phrase names answers before the act's verb is looked for, as the
// by-phrase states the making without it.
func (e *Engine) authorSetOrUnsaid(q *query) (r reply, ok, done bool) {
	if r, ok := e.workAuthor(q); ok {
		return r, true, true
	}
	return e.namedSetOrUnsaid(q)
}
