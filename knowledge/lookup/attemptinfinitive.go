package lookup

import "strings"

// An act only attempted or hoped for (part of stage 4, yes/no, with
// notyet.go): "has the mill been sold" of "the company will try to sell
// the mill". The catenatives of attempt and wish (conativeVerbs: try,
// attempt, seek, want, hope; Quirk et al. 1985, §16.38) take a
// to-infinitive whose act they do not assert: they are non-implicative
// verbs (Karttunen 1971, "Implicative verbs", Language 47: "try to" and
// "hope to" entail neither the act nor its absence, where "manage to"
// entails it). Told in the present or the future ("will try to sell",
// "hopes to reopen", "is seeking to recover"), the attempt is still under
// way and the act still to come; told in the past ("tried to sell") it
// may have failed: it is no "still to come", and the sentence gives no
// verdict on the act at all.

// inAttemptInfinitive reports whether token m of s stands in a
// to-infinitive clause complementing a present or future form of a
// catenative of attempt or wish, as inIntendedInfinitive reads a verb of
// intention's.
func inAttemptInfinitive(s *sentence, m int) bool {
	v := attemptBefore(s, m)
	return v != "" && !pastConative(v)
}

// onlyAttempted reports whether the act q asks as done (doneAsked, "did
// the city lease the ramp") is told in c's sentence only in the
// to-infinitive of a past attempt ("the city tried to lease the ramp"),
// which neither states nor denies it: the sentence gives no verdict.
func (e *Engine) onlyAttempted(q *query, c candidate) bool {
	t, ok := e.doneAsked(q)
	if !ok || q.negated {
		return false
	}
	s := &e.r.sents[c.s]
	n := 0
	for _, m := range c.matched {
		if !t.matches(s.toks[m]) {
			continue
		}
		if v := attemptBefore(s, m); v == "" || !pastConative(v) {
			return false
		}
		n++
	}
	return n > 0
}

// attemptBefore is the catenative of attempt or wish (conativeVerbs)
// whose to-infinitive clause holds token m of s, within eight words and
// with no punctuation or clause opener between, or "".
func attemptBefore(s *sentence, m int) string {
	for k := m - 1; k > 0 && k >= m-8; k-- {
		if punctuatedBetween(s.text, s.toks, k+1) || intendedClauseEnds[s.toks[k].lower] {
			return ""
		}
		if s.toks[k].lower == "to" {
			if v := s.toks[k-1].lower; conativeVerbs[v] {
				return v
			}
			return ""
		}
	}
	return ""
}

// pastConative reports whether v, a form of conativeVerbs, is the past
// tense or participle ("tried", "sought").
func pastConative(v string) bool {
	return strings.HasSuffix(v, "ed") || v == "sought"
}
