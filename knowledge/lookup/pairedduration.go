package lookup

// How long, told by both ends (part of stage 4, how-long questions): "how
// long does the project last" of "The project starts Monday and is
// scheduled to end June 30". A span ahead or under way is often given by
// no length at all but by its two ends, an inceptive verb's time and the
// coordinated terminative verb's (pairedends.go; Quirk et al. 1985, §3.49
// on aspectual verbs, §9.36–9.38 on the bounds of duration), and the
// reader counts the length from them; so, as "through January" answers
// by its end (boundedduration.go), the two ends answer the question, as
// written, when no length is; so do the ends of "from … through …", which
// say more than the end alone.

// pairedDuration answers a how-long question about an act or a state,
// not a thing's length, with the two ends of the span a held sentence
// gives by paired inceptive and terminative verbs or by "from … to".
func (e *Engine) pairedDuration(q *query) (reply, bool) {
	if q.measure != "long" || q.perfect() || q.asksInterval() || e.askedObjectLength(q) {
		return reply{}, false
	}
	for _, c := range e.heldCandidates(q, e.rank(q, nil), 3) {
		s := &e.r.sents[c.s]
		for _, sp := range s.times {
			if !matchedBefore(s, c.matched, sp[0]) {
				continue // "Gates open at 8 … , the fair manager said": the span is not the asked thing's
			}
			if asksFutureTime(q) && e.pastVerbJustBefore(s, sp[0]) {
				continue // "how long will the season go" of "Last season ran from Dec. 6 to April 27": a span over
			}
			ph := s.text[sp[0]:sp[1]]
			span, _, ok := pairedFrom(s, sp[0], sp[0]+len(phraseBody(ph)))
			if !ok && spanOpener.MatchString(ph) {
				span = fromUntil(q, s, dateRange(q, s, ph)) // "runs from Aug. 28 through Sept. 7", "from noon until 6 p.m."
				ok = span != ph
			}
			if ok {
				return reply{found: true, head: capitalise(span) + suffixPeriod(span), used: []*sentence{s}}, true
			}
		}
	}
	return reply{}, false
}

// matchedBefore reports whether a matched word of s stands before offset
// at: the subject whose span a predicate tells comes before it in a
// declarative clause (Quirk et al. 1985, §2.15 on the order of clause
// elements), and a question's word only after it names something else.
func matchedBefore(s *sentence, matched []int, at int) bool {
	for _, m := range matched {
		if s.toks[m].end <= at {
			return true
		}
	}
	return false
}

// pastVerbJustBefore reports whether the verb that a span at offset at
// bounds, within three words before it, is a finite past form with no
// auxiliary before it ("ran from Dec. 6 to April 27"): the simple past
// places its act before the time of writing (Quirk et al. 1985, §4.11),
// so its span tells nothing of one still to come (futuredone.go).
func (e *Engine) pastVerbJustBefore(s *sentence, at int) bool {
	if e.noLex {
		return false
	}
	k := 0
	for k < len(s.toks) && s.toks[k].start < at {
		k++
	}
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		w := s.toks[j].lower
		if futureModals[w] || intentionVerbs[w] || w == "to" {
			return false
		}
		if e.finitePast(w) {
			return j == 0 || !auxiliaryBefore(s.toks[j-1].lower)
		}
	}
	return false
}
