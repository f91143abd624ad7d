package lookup

// Words of cause read in their place (part of stage 4, reasons). "Since",
// "after" and "following" are prepositions of time when a point of time
// follows ("the largest raid since 2006", "after 6 a.m."): the causal
// reading belongs to the conjunction, which opens a clause (Quirk et al.,
// §9.28 on prepositions of time, §15.45 on "since" and "after" as
// subordinators). "So" before an adjective or adverb is the degree
// adverb ("so far", "so many"), not the connective of result, which opens
// its clause (Quirk et al., §7.56 on intensifiers, §15.47 on "so").

// causeWordAt reports whether token i of s is a word of cause in its
// place: in causeWords, and neither a preposition of time before a point
// of time nor a degree "so".
func (e *Engine) causeWordAt(s *sentence, i int) bool {
	t := s.toks[i]
	if attributedCauseAt(s, i) {
		return true // "attributed the drop to a backlog" (attributedcause.go)
	}
	if e.causalAsAt(s, i) {
		return true // "profit fell 22% as shoppers bought fewer snacks" (causalas.go)
	}
	if e.causalParticipleAt(s, i) {
		return true // "profit fell 22%, hurt by soaring egg prices" (causalparticiple.go)
	}
	if !causeWords[t.lower] || anaphoricResultAt(s, i) {
		return false // "… cut hours as a result": the cause is the sentence before (resultconjunct.go)
	}
	if i+1 >= len(s.toks) {
		return true
	}
	next := s.toks[i+1]
	switch {
	case temporalCauseWords[t.lower]:
		return !pointOfTime(next) && !(t.lower == "since" && e.superlativeBefore(s, i))
	case t.lower == "led":
		return e.causalLed(s, i) // "led to the arrest", not "led the agency" (causalled.go)
	case t.lower == "so":
		return next.lower == "that" || !(e.canBe(next.lower, "adj") || e.canBe(next.lower, "adv")) || commaBefore(s, i)
	}
	return true
}

// pointOfTime reports whether t opens a point of time: a figure (a year,
// a clock time, a date), a month, a day of the week, or a deictic time
// word (Quirk et al., §9.28, the complements of "since" and "after").
func pointOfTime(t token) bool {
	return startsWithDigit(t.lower) || monthWord(t) || isWeekday(t) || timeDeictics[t.lower]
}

// timeDeictics are the adverbs and determiners of time that open a point
// of time after a preposition ("since then", "after last year's").
var timeDeictics = set("then", "last", "yesterday", "today", "tonight", "midnight", "noon", "dawn")

// superlativeBefore reports whether a superlative stands before token
// i of s in its clause: "the most destructive in the county since the
// Marshall fire", "the highest since 2008" measure from a point of time,
// the preposition of time "since" (Quirk et al., §9.28 on "since" with a
// point of time; §7.82 on the superlative's comparison with all others
// in a span), not the causal conjunction.
func (e *Engine) superlativeBefore(s *sentence, i int) bool {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		if punctuatedBetween(s.text, s.toks, k+1) || clauseBreak(s.toks[k].lower) {
			return false
		}
		if w := s.toks[k].lower; w == "most" || w == "least" || w == "first" || e.superlativeBase(w) != "" {
			return true // "the most destructive", "the highest" (superlative.go)
		}
	}
	return false
}
