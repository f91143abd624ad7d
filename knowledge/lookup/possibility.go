package lookup

// Possibility (part of stage 5): "The storm may hit Portland" does not
// say the storm hit Portland, nor that it will. The modals of possibility
// "may", "might" and "could" present the act as possible, not as fact
// (Quirk et al., "A Comprehensive Grammar", on epistemic possibility),
// so a sentence telling the act under one of them gives no verdict.

// possibilityModals are the modal auxiliaries of possibility.
var possibilityModals = set("may", "might", "could")

// onlyPossible reports whether the question's act is told in s only under
// a modal of possibility: some term's every match stands right after
// "may", "might" or "could" (past other auxiliaries and adverbs, not
// negated), or is the object of a verb of investigating (inquiryobject.go)
// or, for the question's verb, a noun premodifier (nounmodifierverb.go),
// and the question asks no possibility itself ("could the storm hit
// Portland").
func (e *Engine) onlyPossible(q *query, s *sentence) bool {
	for _, t := range q.toks {
		if possibilityModals[t.lower] {
			return false
		}
	}
	inquiry := asksInquiry(q)
	verb, asksVerb := e.askedVerb(q)
	for _, t := range q.terms {
		ms := termAt(s, t)
		hedged := len(ms) > 0
		modifier := asksVerb && t.lower == verb.lower
		for _, m := range ms {
			hedged = hedged && (possibleAt(s, m) || !inquiry && inquiredAt(s, m) || modifier && e.premodifierAt(s, m))
		}
		if hedged {
			return true
		}
	}
	return false
}

// possibleAt reports whether token m of s follows a modal of possibility
// with only auxiliaries and adverbs between ("could bring", "may have
// been hit"), and no negation.
func possibleAt(s *sentence, m int) bool {
	for k := m - 1; k >= 0 && k >= m-4; k-- {
		w := s.toks[k].lower
		switch {
		case possibilityModals[w]:
			return s.text[s.toks[k].start] != 'M' || k == 0 // "May" inside a sentence is the month
		case plainNegators[w]:
			return false
		case !verbGroupAux(w) && !isAdverb(w):
			return false
		}
	}
	return false
}
