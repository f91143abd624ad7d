package lookup

import (
	"slices"
	"strings"
)

// The scope of clause negation (part of stage 4, yes/no): a negated verb
// negates what follows it in its clause, its objects and complements as
// much as itself (Quirk et al., "A Comprehensive Grammar", §10.64-10.66:
// the scope of negation normally runs from the negator to the end of the
// clause). "Investigators have not linked the other two to the teens"
// holds "teens" and "the other two", but only inside the scope of "not
// linked": the sentence states no act of the teens, and "did the teens do
// the other two burglaries" gets neither Yes nor No from it, only the
// sentence. A negated verb the question asks itself still denies it
// (denies, verdictOn).

// inNegatedScope reports whether a matched word of s stands in the scope
// of a negated verb the question does not use: walking back from the
// word within its clause (no punctuation, coordinator, subordinator or
// relative word between), the first verb met is negated (negatedVerbGroup)
// and no form of a question word. False when s already denies a matched
// word itself.
func (e *Engine) inNegatedScope(q *query, s *sentence, matched []int) bool {
	if e.noLex || len(matched) == 0 || e.denies(s, matched) {
		return false
	}
	for _, m := range matched {
		if k := e.governingVerb(s, m, matched); k >= 0 && negatedVerbGroup(s, k) && !e.asksVerb(q, s.toks[k]) {
			return true
		}
	}
	return false
}

// deniesAskedVerb reports whether a matched word of s stands in the scope
// of a negated verb the question asks in other words (asksVerb) and not
// as written: "will not receive a severance payment" denies "is he
// getting severance", which the matched "severance" alone does not show.
func (e *Engine) deniesAskedVerb(q *query, s *sentence, matched []int) bool {
	if e.noLex {
		return false
	}
	for _, m := range matched {
		if k := e.governingVerb(s, m, matched); k >= 0 && negatedVerbGroup(s, k) && e.asksVerb(q, s.toks[k]) &&
			!slices.ContainsFunc(q.toks, func(t token) bool { return t.stem == s.toks[k].stem }) {
			return true
		}
	}
	return false
}

// asksVerb reports whether the question writes verb v of the article, as
// a form of it or as a word among v's WordNet synonyms in its common
// senses: "will not receive a severance payment" denies "will he get
// severance", as WordNet's receive ("get something; come into possession
// of") lists "get".
func (e *Engine) asksVerb(q *query, v token) bool {
	syns := e.lex.Synonyms(e.verbLemma(v.lower))
	return slices.ContainsFunc(q.toks, func(t token) bool {
		return t.stem == v.stem || !t.cap && !auxiliaries[t.lower] && !primaryVerbs[e.verbLemma(t.lower)] && slices.Contains(syns, e.verbLemma(t.lower))
	})
}

// governingVerb is the nearest lexical verb before token m of s in m's
// clause, past the other matched words and any function words ("that
// theft": a demonstrative determiner opens no clause), or -1 when the
// clause opens first. "Have" before a determiner is such a verb
// (lexicalHave), and a participle postmodifying its object stands in its
// clause (haveObjectParticiple).
func (e *Engine) governingVerb(s *sentence, m int, matched []int) int {
	for k := m - 1; k >= 0; k-- {
		w := s.toks[k].lower
		if strings.ContainsAny(s.text[s.toks[k].end:s.toks[k+1].start], ",;:—–") || clauseBreak(w) && !e.demonstrativeAt(s, k) {
			return -1
		}
		if lexicalHave(s, k) {
			return k // "do not have the majority needed to override": the main verb
		}
		if slices.Contains(matched, k) || stopWords[w] || verbGroupAux(w) || s.toks[k].cap {
			continue
		}
		if e.canBe(w, "verb") && !e.canBe(w, "noun") {
			if h := e.haveObjectParticiple(s, k); h >= 0 {
				return h // "have the majority needed": "needed" postmodifies the object
			}
			return k
		}
	}
	return -1
}

// demonstrativeAt reports whether "that" at k of s is the demonstrative
// determiner of a noun phrase ("that theft"), not a relative word or a
// complementiser: the word after it can only be a noun (Quirk et al.,
// §6.40 on the demonstratives).
func (e *Engine) demonstrativeAt(s *sentence, k int) bool {
	if s.toks[k].lower != "that" || k+1 >= len(s.toks) {
		return false
	}
	w := s.toks[k+1].lower
	return !stopWords[w] && e.canBe(w, "noun") && !e.canBe(w, "verb")
}

// lexicalHave reports whether token k of s is "have" as the main verb:
// a form of it right before a determiner, which opens its object ("do
// not have the votes", "has no plan"). The auxiliary "have" is followed
// by the past participle of the perfect, never by a noun phrase (Quirk
// et al. 1985, §3.34-3.36 on "have" as auxiliary and as main verb);
// "Had the bill passed", the inverted conditional, puts it first in its
// clause, and is left out.
func lexicalHave(s *sentence, k int) bool {
	if k <= 0 || k+1 >= len(s.toks) || !haveForms[s.toks[k].lower] {
		return false
	}
	return determiners[s.toks[k+1].lower] || s.toks[k+1].lower == "enough"
}

// haveObjectParticiple is the main verb "have" whose object noun phrase
// the participle at k of s postmodifies ("do not have the two-thirds
// majority needed in either chamber": "needed" is the reduced relative
// of "majority", Quirk et al. 1985, §17.19-17.21 on nonfinite
// postmodifiers), or -1: the words before k back to a determiner are
// content words, and lexicalHave stands before that determiner.
func (e *Engine) haveObjectParticiple(s *sentence, k int) int {
	if !strings.HasSuffix(s.toks[k].lower, "ed") {
		return -1
	}
	j := k - 1
	for j > 0 && !stopWords[s.toks[j].lower] && !determiners[s.toks[j].lower] && e.canBe(s.toks[j].lower, "noun") && !commaBetween(s, j, j+1) {
		j--
	}
	if j == k-1 || !determiners[s.toks[j].lower] || !lexicalHave(s, j-1) {
		return -1
	}
	return j - 1
}
