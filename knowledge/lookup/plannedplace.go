package lookup

// The place of an act arranged in the past (part of stage 4, places): a
// question in the past asks of an act already done, and pastFirst moves
// behind the others a sentence telling the act in future time ("will be
// held in Chicago"). But a verb of arrangement in a past form ("the
// rocket had been set to launch from Pad 39A", "the talks were scheduled
// to open at the Hale Center") tells the future in the past (Quirk et al.
// 1985 §4.59: "was to", "was going to", and verbs of arrangement in the
// past tense), an act planned before the time of speaking, which the past
// question asks of as well: "where was it launching from" is the past
// progressive of such an arrangement (§4.58). A delay or a scrub moves the
// time of the act, not its place, so for a where-question that sentence
// keeps its rank; only a sentence in plain future time goes behind.

// pastPlaceFirst is pastFirst for a where-question: the candidates that
// tell the matched act in future time, but not as arranged in the past,
// go behind the others, each group in rank order.
func (e *Engine) pastPlaceFirst(q *query, cands []candidate) []candidate {
	if !asksPastAct(q) {
		return cands
	}
	var past, future []candidate
	for _, c := range cands {
		s := &e.r.sents[c.s]
		if datesFuture(s, c.matched) && !arrangedInPast(s, c.matched) {
			future = append(future, c)
		} else {
			past = append(past, c)
		}
	}
	return append(past, future...)
}

// arrangedInPast reports whether a matched word of s follows a verb of
// schedule and "to" (scheduleVerbs) whose own auxiliary is past: "was
// set to launch", "were scheduled to open", "had been slated to fly".
func arrangedInPast(s *sentence, matched []int) bool {
	for _, m := range matched {
		if m < 3 || s.toks[m-1].lower != "to" || !scheduleVerbs[s.toks[m-2].lower] {
			continue
		}
		switch s.toks[m-3].lower {
		case "was", "were", "been":
			return true
		}
	}
	return false
}
