package lookup

// The verdict itself (part of stage 4, passages): "what was the verdict"
// asks what the jury found, which news copy tells by the verdict's own
// words, "found … guilty of", "convicted … of", "acquitted … of" (Black's
// Law Dictionary, 11th ed., "verdict": a jury's finding on the issues of
// fact; AP Stylebook, "innocent, not guilty"), most often in the lead
// (AP Stylebook, "inverted pyramid"), not by the noun "verdict". The
// sentences that write the noun refer to the verdict as an event ("wept
// as the verdict was read", "said after the verdict") and do not say what
// it was. So the answer is the first sentence of the body that tells a
// verdict on a charge (a verdict word with its charge after "of" or
// "on", as chargeverdict.go reads it), of the people the question names.

// verdictAsked matches "what was the verdict", "whats the jury's
// verdict" and the like.
var verdictAsked = lazyRE(`(?i)^\W*(?:\w+\W+){0,3}?(?:what|wat|wht)(?:'s|s)?\W+(?:(?:was|is|were)\W+)?(?:the\W+)?(?:jury'?s?\W+|final\W+)?verdicts?\b`)

// verdictTold answers "what was the verdict" with the first body
// sentence that tells a verdict on a charge.
func (e *Engine) verdictTold(q *query) (reply, bool) {
	if !verdictAsked.MatchString(q.raw) {
		return reply{}, false
	}
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if s.part != "" || !mentionsAll(s, q.subjects) {
			continue
		}
		if verdictOnCharge(s) {
			return reply{found: true, used: []*sentence{s}}, true
		}
	}
	return reply{}, false
}

// verdictOnCharge reports whether s holds a verdict of guilt or
// innocence (no plea) with "of" or "on" at most five words after it:
// the verdict and its charge, not "a convicted felon".
func verdictOnCharge(s *sentence) bool {
	for i := range s.toks {
		if v := verdictAt(s.toks, i); v != 1 && v != -1 {
			continue
		}
		for k := i + 1; k < len(s.toks) && k <= i+5; k++ {
			if w := s.toks[k].lower; w == "of" || w == "on" {
				return true
			}
		}
	}
	return false
}
