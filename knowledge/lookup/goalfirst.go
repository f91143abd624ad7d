package lookup

// A change told goal first (part of stage 4). Business and news writing
// give a change with the new figure after "to" and the old one after
// "from", in either order: "from $3.7 billion to $4.1 billion" or, as
// AP copy mostly has it, "rose 12% to $4.1 billion from $3.7 billion a
// year earlier". "To" marks the destination of the change and "from"
// its source (Quirk et al., ch. 9, prepositions of destination and
// source), so the figure after "from" is the earlier one, the standard
// the new one is measured against, as after "up from" (yardstick.go),
// even when no "up" or "down" comes before it. A figure of another kind
// before "to" bounds no range with the goal ("rose 12% to $4.1 billion"
// is no span from 12% to $4.1 billion, as "4 to 8 inches" is).

// goalFirstSource reports whether n, after "from", is the source of a
// change whose goal, a figure of the same measure after "to", the
// sentence gave before it, and that goal closes no "from … to" span of
// its own ("from 5 to 10, and from 20": 20 opens a span, it is no
// source of 10).
func goalFirstSource(s *sentence, n quantity) bool {
	if tokenBefore(s, n.tok) != "from" {
		return false
	}
	goal := -1
	for k, m := range s.nums {
		if m.tok >= n.tok {
			break
		}
		if m.kind == n.kind && sameMeasure(m, n) {
			goal = k
		}
	}
	if goal < 0 || tokenBefore(s, s.nums[goal].tok) != "to" {
		return false
	}
	for k := goal - 1; k >= 0; k-- {
		if m := s.nums[k]; m.kind == n.kind && sameMeasure(m, n) {
			return tokenBefore(s, m.tok) != "from"
		}
	}
	return true
}

// changeSizeWeight weighs a figure after "by" that the goal of its
// change follows straight on ("raised the dividend by 5 cents to 47
// cents"): "by" gives the size of the change (Quirk et al., ch. 9,
// prepositions of degree) and "to" the new level, so the size answers
// "how much did they raise it" and loses to the level when the question
// asks no change ("how much is the dividend"), neither by a verb of
// change nor by the verb the by-phrase measures ("raised").
func (e *Engine) changeSizeWeight(q *query, s *sentence, n quantity) float64 {
	if tokenBefore(s, n.tok) != "by" || e.asksChange(q) || e.measuredVerbAsked(q, s, n.tok-1) {
		return 0
	}
	for _, m := range s.nums {
		if m.tok == n.end+1 && tokenBefore(s, m.tok) == "to" && m.kind == n.kind && sameMeasure(m, n) {
			return -2
		}
	}
	return 0
}

// measuredVerbAsked reports whether a verb of q stands in s within the
// eight words before "by" at token by (a verb, its object and a
// prepositional phrase: "raise the parking fee at its rest stops by"),
// in its clause: the verb whose
// change the by-phrase measures ("raised the quarterly dividend by"). A
// word there is a verb when it is a past form in -ed or follows an
// auxiliary or the infinitive's "to" ("will raise", "to raise"), not a noun that is also a verb ("the car
// toll by").
func (e *Engine) measuredVerbAsked(q *query, s *sentence, by int) bool {
	for k := by - 1; k >= 0 && k >= by-8; k-- {
		if commaBetween(s, k, k+1) {
			return false
		}
		verb := clauseVerbAt(s.toks, k) || k > 0 && (auxiliaries[s.toks[k-1].lower] || s.toks[k-1].lower == "to")
		for _, t := range q.terms {
			if verb && t.matches(s.toks[k]) && e.canBe(t.lower, "verb") {
				return true
			}
		}
	}
	return false
}

// levelAfterSize reports whether n is the new level after "to" that
// follows the size of its change after "by" in s, for a question that
// asks no change: the level alone answers, not a range from the size to
// it ("by $1.10 to $6.40" is no span of tolls).
func (e *Engine) levelAfterSize(q *query, s *sentence, n quantity) bool {
	for k := 1; k < len(s.nums); k++ {
		if s.nums[k].tok == n.tok {
			return e.changeSizeWeight(q, s, s.nums[k-1]) < 0
		}
	}
	return false
}

// sizeNotAsked reports whether n is a sum after "by", the size of a
// change ("raise the property tax rate by 1.5 cents"; a sum after "by"
// measures a degree, Quirk et al., ch. 9), and q asks no change, no
// difference and not by the verb measured: such a sum is no price or
// level ("how much do bus fares cost").
func (e *Engine) sizeNotAsked(q *query, s *sentence, n quantity) bool {
	if n.kind != qMoney || byVerb(s, n) == nil || e.asksChange(q) || asksDifference(q) {
		return false
	}
	return !e.measuredVerbAsked(q, s, byVerb(s, n)[0]+1)
}
