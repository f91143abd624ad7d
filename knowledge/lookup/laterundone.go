package lookup

import "strings"

// A state undone later in the same sentence (part of stage 4, yes/no).
// News tells a state and its reversal in one sentence, the reversal in a
// clause coordinated by "but" ("The bridge had been closed Tuesday, but
// it reopened Wednesday morning"; "The road was shut for hours but was
// opened again by noon"). Clauses joined by a coordinator keep the order
// of the events they tell (Quirk et al. 1985, ch. 13, on the temporal
// sequence implied by coordinated clauses), so the later clause tells the state
// that holds now. The reversal is the state word's antonym (WordNet's
// antonym pointers: close/open) or that antonym with the prefix re- of
// return to a former state ("reopen": Quirk et al. 1985, Appendix I, on
// the prefix re- "again, back"). A question that asks of now ("is the bridge still
// closed", "is it closed") is answered No by it; one that asks of the
// past ("was the bridge closed Tuesday") is not.

// laterUndone reports whether a matched word of s names a state that a
// later clause of s, opened by "but" and told of the same subject (a
// pronoun or no subject of its own), undoes by the state's antonym or
// the antonym prefixed re-, while q asks of now.
func (e *Engine) laterUndone(q *query, s *sentence, matched []int) bool {
	if e.lex == nil || !asksOfNow(q) {
		return false
	}
	for _, m := range matched {
		ants := e.antonymWords(s.toks[m].lower)
		if len(ants) == 0 {
			continue
		}
		for b := m + 1; b < len(s.toks); b++ {
			if s.toks[b].lower == "but" {
				if undoingVerbAfter(s, b, ants) {
					return true
				}
				break
			}
		}
	}
	return false
}

// undoingVerbAfter reports whether the clause opened by "but" at b has
// as its verb one of the antonyms ants, or an antonym with re- before it.
func undoingVerbAfter(s *sentence, b int, ants []string) bool {
	j := butClauseVerb(s, b)
	if j < 0 {
		return false
	}
	st := stemOf(s.toks[j].lower)
	for _, a := range ants {
		if stemsMeet(st, stemOf(a)) || stemsMeet(st, stemOf("re"+a)) {
			return true
		}
	}
	return false
}

// butClauseVerb is the index of the verb of the clause opened by "but" at
// b when only a pronoun subject, auxiliaries and adverbs come before it
// (the clause tells of the same subject), within four words; -1 when
// another subject or nothing of the kind follows.
func butClauseVerb(s *sentence, b int) int {
	for j := b + 1; j < len(s.toks) && j <= b+4; j++ {
		w := s.toks[j].lower
		if !takeUpPronouns[w] && !subjectPronouns[w] && !verbGroupAux(w) && !strings.HasSuffix(w, "ly") && w != "then" && w != "later" {
			return j
		}
	}
	return -1
}

// asksOfNow reports whether q asks of the present: it opens with a
// present-tense operator ("is", "are", "has", "have", "does", "do") or
// holds "still", "now" or "anymore".
func asksOfNow(q *query) bool {
	if len(q.toks) == 0 {
		return false
	}
	switch q.toks[0].lower {
	case "is", "are", "am", "has", "have", "does", "do", "isn't", "aren't", "hasn't", "haven't", "doesn't", "don't":
		return true
	}
	for _, t := range q.toks {
		if t.lower == "still" || t.lower == "now" || t.lower == "anymore" {
			return true
		}
	}
	return false
}
