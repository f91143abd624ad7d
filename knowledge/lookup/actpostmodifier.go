package lookup

import "strings"

// A participle clause after a noun identifies the noun by an act already
// known ("the bus involved in the crash", "the officer wounded in the
// shooting"): a non-finite postmodifier, the reduced form of a relative
// clause (Quirk et al., §17.19–17.22, -ed participle clauses as
// postmodifiers). Its noun of the act is given information, and a time
// adjunct after the finite verb that follows dates that verb's act, not
// the postmodifier's: "the bus involved in the crash passed an inspection
// in August" does not say the crash was in August.

// givenActEnd returns the index of the last matched word of s when the
// question's words s holds all lie in one participle postmodifier (and
// its head noun): a past participle right after a noun, a preposition,
// and a matched noun within three words of it. ok is false otherwise.
func (e *Engine) givenActEnd(s *sentence, matched []int) (int, bool) {
	for k := 1; k+2 < len(s.toks); k++ {
		if !e.postmodifyingParticiple(s, k) {
			continue
		}
		last, inside := -1, true
		for _, m := range matched {
			switch {
			case m > k+1 && m <= k+4:
				last = max(last, m)
			case m != k-1:
				inside = false // the question's word outside the clause: the sentence may tell the act itself
			}
		}
		if inside && last >= 0 && plainBetween(s, k+2, last) {
			return last, true
		}
	}
	return 0, false
}

// postmodifyingParticiple reports whether token k of s is a past
// participle after a noun and before a preposition: "bus involved in",
// not "was involved in" (a verb group) nor "Tuesday, injured in".
func (e *Engine) postmodifyingParticiple(s *sentence, k int) bool {
	w, before := s.toks[k].lower, s.toks[k-1]
	if !prepositions[s.toks[k+1].lower] && !chainPrepositions[s.toks[k+1].lower] || stopWords[before.lower] || verbGroupAux(before.lower) || before.cap || before.end < s.toks[k].start-1 {
		return false
	}
	if !e.canBe(before.lower, "noun") {
		return false
	}
	return e.pastForm(w) && e.canBe(e.baseVerb(w), "verb") || strings.HasSuffix(w, "ed") && e.canBe(w, "verb")
}

// plainBetween reports whether the words of s from i to j (inclusive) are
// a noun phrase's determiners and words: none a form of "be" or an
// auxiliary that would open a clause of its own.
func plainBetween(s *sentence, i, j int) bool {
	for k := i; k <= j; k++ {
		if verbGroupAux(s.toks[k].lower) {
			return false
		}
	}
	return true
}

// dropGivenActTimes keeps, of the time spans of s, those not after the
// given act's postmodifier with a verb between (givenActEnd): the spans
// that could date the act itself.
func (e *Engine) dropGivenActTimes(s *sentence, matched []int, spans [][]int) [][]int {
	last, ok := e.givenActEnd(s, matched)
	if !ok {
		return spans
	}
	return keepSpans(spans, func(sp []int) bool { return sp[0] <= s.toks[last].end || !e.verbBetween(s, last+1, sp[0]) })
}

// verbBetween reports whether a word of s after token i and before byte
// offset at can be a finite verb of the past: the act the time dates.
func (e *Engine) verbBetween(s *sentence, i, at int) bool {
	for k := i; k < len(s.toks) && s.toks[k].start < at; k++ {
		w := s.toks[k].lower
		if stopWords[w] && !verbGroupAux(w) {
			continue
		}
		if verbGroupAux(w) || e.pastForm(w) {
			return true
		}
	}
	return false
}
