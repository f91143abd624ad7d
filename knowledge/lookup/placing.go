package lookup

// A finishing position (part of stage 4, where-questions): "what place did
// Hollis finish" asks for a rank, not a location. Sports copy writes a
// placing as an ordinal right after the verb of finishing ("finishing
// ninth", "came in second", "placed 3rd"; AP Stylebook, "numerals":
// ordinals for placings), so a question that asks "what place" or "what
// position" with a verb is answered by the ordinal after that verb in
// the sentence that holds the question.

// placing answers "what place/position did X VERB" with the ordinal after
// the asked verb, or reports false.
func (e *Engine) placing(q *query) (reply, bool) {
	if !asksPlacing(q.toks) {
		return reply{}, false
	}
	if r, ok := e.atHeldMatch(q, func(s *sentence, m int) string {
		k := m + 1
		if k < len(s.toks) && s.toks[k].lower == "in" {
			k++ // "came in second"
		}
		if k < len(s.toks) && isOrdinal(s.toks[k].lower) && !commaAfter(s, m) {
			return s.toks[k].text
		}
		return ""
	}); ok {
		return r, true
	}
	return e.ordinalPlace(q)
}

// ordinalPlace answers "what place is X in" with the ordinal that
// premodifies "place" or "position" in the first sentence about X, X
// the entity named last before it: "The win moved Portland into fifth
// place", not of Seattle named after it (the noun "place" in its sense
// of a position in a ranking, Merriam-Webster "place" n. 7b; AP
// Stylebook, "numerals": ordinals for placings).
func (e *Engine) ordinalPlace(q *query) (reply, bool) {
	if len(q.subjects) == 0 {
		return reply{}, false
	}
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if s.part != "" || !mentionsAll(s, q.subjects) {
			continue
		}
		for k := 1; k < len(s.toks); k++ {
			if w := s.toks[k].lower; (w == "place" || w == "position") && isOrdinal(s.toks[k-1].lower) && !quotedAt(s, k) && contains(q.subjects, e.namedBefore(s, k-1)) {
				return reply{found: true, head: capitalise(s.text[s.toks[k-1].start:s.toks[k].end]) + ".", used: []*sentence{s}}, true
			}
		}
	}
	return reply{}, false
}

// atHeldMatch answers with the first phrase find gives at a matched word
// of the ranked sentences that hold q, capitalised, citing its sentence.
func (e *Engine) atHeldMatch(q *query, find func(s *sentence, m int) string) (reply, bool) {
	for _, c := range e.rank(q, nil) {
		if !e.holds(q, c) {
			continue
		}
		s := &e.r.sents[c.s]
		for _, m := range c.matched {
			if phrase := find(s, m); phrase != "" {
				return reply{found: true, head: capitalise(phrase) + ".", used: []*sentence{s}}, true
			}
		}
	}
	return reply{}, false
}

// asksPlacing reports whether toks ask "what" or "which" "place" or
// "position" followed by more words ("what place did he finish").
func asksPlacing(toks []token) bool {
	for i := 0; i+2 < len(toks); i++ {
		if (toks[i].lower == "what" || toks[i].lower == "which") && (toks[i+1].lower == "place" || toks[i+1].lower == "position") {
			return true
		}
	}
	return false
}

// isOrdinal reports whether w is an ordinal, in words or figures ("ninth",
// "9th").
func isOrdinal(w string) bool {
	_, ok := ordinalWords[w]
	return ok || ordinalRe.MatchString(w) && ordinalRe.FindString(w) == w
}
