package lookup

import "strings"

// Attributive participles (part of stage 4, manner). "She was treated for
// a broken left wrist" names the wrist by the state an act left it in; it
// does not tell the act. A participle that premodifies a noun, after its
// determiner, is adjectival and presents the resulting state, not the
// event with its participants and circumstances (Quirk et al., A
// Comprehensive Grammar of the English Language, §7.15 and §17.99–17.100,
// participles as premodifiers). So "how did she break her wrist" is
// answered by the sentence that tells the breaking as a verb ("she
// slipped … and fell …, breaking her wrist") before one that only
// names the broken wrist.

// attributiveMatch reports whether a matched token of s is a participle
// (an -ed or -en form of a verb WordNet knows) right after a determiner
// or a possessive and before another word of its noun phrase, where the
// question does not use that word so itself ("how were the stolen cars
// found").
func (e *Engine) attributiveMatch(q *query, s *sentence, matched []int) bool {
	for _, k := range matched {
		if k == 0 || k+1 >= len(s.toks) || s.quoted[k] {
			continue
		}
		prev, t := s.toks[k-1], s.toks[k]
		if !(determiners[prev.lower] || prev.poss) || t.cap || stopWords[s.toks[k+1].lower] {
			continue
		}
		if strings.Contains(s.text[t.end:s.toks[k+1].start], ",") {
			continue
		}
		if e.participleForm(t.lower) && !attributiveIn(q.toks, t.stem) {
			return true
		}
	}
	return false
}

// participleForm reports whether w is an -ed or -en form of a verb:
// WordNet's exception list ("broken", "stolen") or a regular stem with
// or without its final "e" ("damaged").
func (e *Engine) participleForm(w string) bool {
	if len(w) < 5 || !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "en") {
		return false
	}
	return e.canBe(w, "verb") || e.canBe(w[:len(w)-1], "verb") || e.canBe(w[:len(w)-2], "verb")
}

// attributiveIn reports whether a token of the question with the given
// stem follows a determiner or a possessive.
func attributiveIn(toks []token, stem string) bool {
	for k := 1; k < len(toks); k++ {
		if toks[k].stem == stem && (determiners[toks[k-1].lower] || toks[k-1].poss) {
			return true
		}
	}
	return false
}

// actsFirst moves behind the others, in rank order, the candidates that
// match a word of the question as an attributive participle.
func (e *Engine) actsFirst(q *query, cands []candidate) []candidate {
	var acts, states []candidate
	for _, c := range cands {
		if e.attributiveMatch(q, &e.r.sents[c.s], c.matched) {
			states = append(states, c)
			continue
		}
		acts = append(acts, c)
	}
	return append(acts, states...)
}
