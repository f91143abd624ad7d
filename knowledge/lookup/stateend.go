package lookup

import "strings"

// The end of the opposite state (part of stage 4): "when does the museum
// reopen" of "The museum will stay closed at least through next Tuesday".
// A state that lasts until a time ends then (Quirk et al., §9.36–9.38,
// "until", "through" mark the end point of a duration), and the act whose
// WordNet antonym names the state ("open", "close") is what ends it. A
// re- verb's act is its base's, done again (againverb.go), so "reopen"
// ends being closed as "open" does.

// stateBounds are the prepositions that give the end point of a state
// (Quirk et al., §9.36–9.38).
var stateBounds = set("until", "till", "through", "thru")

// stateEnd answers a when-question about an act with the time a sentence
// about the question's other words bounds the opposite state by: the
// antonym as written ("closed"), then within four words "until" or
// "through" and a time.
func (e *Engine) stateEnd(q *query) (reply, bool) {
	if e.noLex {
		return reply{}, false
	}
	for i, t := range q.terms {
		opp := e.oppositeStates(t.lower)
		if len(opp) == 0 {
			continue
		}
		rest := *q
		rest.terms = append(append([]term(nil), q.terms[:i]...), q.terms[i+1:]...)
		if len(rest.terms) == 0 && len(rest.subjects) == 0 {
			continue
		}
		keep := func(s *sentence) bool { _, ok := boundedState(s, opp); return ok }
		for _, c := range e.rank(&rest, keep) {
			if !e.holds(&rest, c) {
				continue
			}
			s := &e.r.sents[c.s]
			if head, ok := boundedState(s, opp); ok {
				return reply{found: true, head: head, used: []*sentence{s}}, true
			}
		}
	}
	return reply{}, false
}

// oppositeStates are the WordNet antonyms of verb w, or of its base when
// w is a re- verb ("reopen": close, shut).
func (e *Engine) oppositeStates(w string) []string {
	base := e.baseVerb(w)
	if !e.canBe(base, "verb") {
		return nil
	}
	if strings.HasPrefix(base, "re") && e.canBe(base[2:], "verb") && len(e.antonymWords(base)) == 0 {
		base = base[2:]
	}
	return e.antonymWords(base)
}

// boundedState finds in s a word of the states opp, written as a
// participle or adjective ("closed"), followed within four words by a
// bound and a time of s, and states the state to that time ("Closed
// through next Tuesday.").
func boundedState(s *sentence, opp []string) (string, bool) {
	for k, tok := range s.toks {
		if !formOfAny(opp, tok) || quotedAt(s, k) {
			continue
		}
		for j := k + 1; j < len(s.toks) && j <= k+4; j++ {
			if !stateBounds[s.toks[j].lower] {
				continue
			}
			for _, sp := range s.times {
				if sp[0] >= s.toks[j].start && sp[0] <= s.toks[j].end+12 {
					return capitalise(tok.text) + " " + strings.TrimSuffix(s.text[s.toks[j].start:sp[1]], ".") + ".", true
				}
			}
		}
	}
	return "", false
}

// formOfAny reports whether tok is a form of one of words.
func formOfAny(words []string, tok token) bool {
	for _, w := range words {
		if stemsMeet(tok.stem, stemOf(w)) {
			return true
		}
	}
	return false
}
