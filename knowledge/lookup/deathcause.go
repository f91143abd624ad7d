package lookup

// The cause of a death (part of stage 4, reasons): an obituary tells the
// death in its lead and the cause in the paragraph after it, attributed
// ("Her son … said the cause was complications of pneumonia"; AP
// Stylebook, "obituaries": the cause of death is given when known, with
// its source). So "what killed her", "why did she die" and "how did she
// die" are answered by that paragraph when the death's own paragraph
// gives no cause.

// deathCauseAfter is the first sentence of the paragraph after sentence
// i's that states a cause and names the cause of a death ("cause" or
// "died of", "died from"), for a question about a death; nil otherwise.
func (e *Engine) deathCauseAfter(q *query, i int) *sentence {
	s := &e.r.sents[i]
	if s.para == 0 || !asksDeath(q) {
		return nil
	}
	for n := i + 1; n < len(e.r.sents) && e.r.sents[n].para <= s.para+1; n++ {
		ns := &e.r.sents[n]
		if ns.para == s.para+1 && namesDeathCause(ns) {
			return ns
		}
	}
	return nil
}

// namesDeathCause reports whether s names the cause of a death: the noun
// "cause", or "died" with "of" or "from" after it (Quirk et al., §9.44:
// "of" and "from" for cause).
func namesDeathCause(s *sentence) bool {
	for k, t := range s.toks {
		if t.lower == "cause" {
			return true
		}
		if stemsMeet(t.stem, stemOf("die")) && k+1 < len(s.toks) && (s.toks[k+1].lower == "of" || s.toks[k+1].lower == "from") {
			return true
		}
	}
	return false
}
