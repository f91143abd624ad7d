package lookup

import "strings"

// A kind told by an adjective (part of stage 4, which-questions). "What
// condition is he in" of "he was listed in fair condition": the article
// names no instance of the noun, but an adjective before it restricts it
// to the kind asked (Quirk et al. 1985, §17.3 on restrictive
// modification; ch. 7 on the attributive adjective), so the noun phrase
// with its adjectives answers which one.

// adjectiveInstance is the asked noun of q with the one or two
// adjectives before it in the best sentence holding the question, when
// the question itself gives the noun no modifier and the adjectives are
// none of its words: "Fair condition." ok is false otherwise.
func (e *Engine) adjectiveInstance(q *query, cands []candidate) (reply, bool) {
	if e.noLex || q.whichNoun == "" || len(q.whichMods) > 0 {
		return reply{}, false
	}
	for _, c := range cands {
		if !e.holds(q, c) {
			continue
		}
		s := &e.r.sents[c.s]
		for i, t := range s.toks {
			if t.cap || !e.sameNoun(t, q.whichNoun) {
				continue
			}
			from := i
			for from > 0 && i-from < 2 && e.attributiveAdjective(q, s, from-1) {
				from--
			}
			if from < i {
				return reply{found: true, head: capitalise(s.text[s.toks[from].start:t.end]) + ".", used: []*sentence{s}}, true
			}
		}
		return reply{}, false
	}
	return reply{}, false
}

// attributiveAdjective reports whether token k of s is a lower-case
// adjective (WordNet), no determiner, function word, -ly word or figure, spaced
// from the word after it and none of the question's words.
func (e *Engine) attributiveAdjective(q *query, s *sentence, k int) bool {
	t := s.toks[k]
	if t.cap || stopWords[t.lower] || determiners[t.lower] || isNumeric(t) || !spaced(s, k, k+1) || strings.HasSuffix(t.lower, "ly") {
		return false
	}
	for _, qt := range q.toks {
		if qt.lower == t.lower {
			return false
		}
	}
	return e.canBe(t.lower, "adj")
}
