package lookup

import (
	"strings"
)

// "What time" asks a clock time (AP Stylebook, "time of day"), which news
// writing often gives in the sentence after or before the one that names
// the event: "Twenty-two cars left the tracks at about 11:40 p.m. Six of
// the derailed cars were tank cars." A paragraph keeps to one event
// (the paragraph as a unit of topic: Halliday and Hasan, "Cohesion in
// English", 1976, ch. 7), so a clock time stands for the event its
// neighbour in the paragraph names.

// clockAsked finds the interrogatives that ask a time of day.
var clockAsked = lazyRE(`\bwhat time\b|\bwhat hour\b|\bhow late\b|\bhow early\b|` + hoursAskedPattern) // and the hours of a schedule (hoursasked.go)

// clockTime answers a what-time question with the clock time of the best
// sentence that, alone or with its neighbour in the paragraph, holds the
// question.
func (e *Engine) clockTime(q *query) (reply, bool) {
	if !clockAsked.MatchString(strings.ToLower(q.raw)) {
		return reply{}, false
	}
	hasClock := func(s *sentence) bool { return len(clockSpans(s)) > 0 }
	for _, c := range e.rank(q, hasClock) {
		s := &e.r.sents[c.s]
		if !e.holds(q, c) && !e.holdsWithNeighbour(q, c.s) {
			continue
		}
		anchors := append(append([]int(nil), c.matched...), e.subjectTokens(q, s)...)
		return reply{found: true, head: e.clockHead(q, s, anchors), used: []*sentence{s}}, true
	}
	return e.clockOfNamedEvent(q, hasClock)
}

// clockHead is the reply's head for a what-time question answered by s:
// its clock time nearest the anchors, or its first.
func (e *Engine) clockHead(q *query, s *sentence, anchors []int) string {
	subs := clockSpans(s)
	if own := dropOtherConjunctTimes(s, anchors, subs); len(own) > 0 {
		subs = own // "the barns are open from 7 a.m. to 9 p.m., and the ring is busy between 9 a.m. and 4 p.m." (conjunctclausetime.go)
	}
	ph, ok := e.nearestSpan(s, anchors, subs, q)
	if !ok {
		ph = s.text[subs[0][0]:subs[0][1]]
	}
	ph = clockRange(q, s, ph) // "from 10 a.m. to 11 p.m.": the hours, both ends
	return capitalise(strings.TrimSuffix(ph, ",")) + suffixPeriod(ph)
}

// suffixPeriod is the period a reply's head needs after phrase: none when
// it ends in "a.m." or "p.m." already.
func suffixPeriod(ph string) string {
	if strings.HasSuffix(ph, ".") {
		return ""
	}
	return "."
}

// clockSpans are the time spans of s that hold a clock time, in the form
// nearestSpan takes (each span twice).
func clockSpans(s *sentence) [][]int {
	var out [][]int
	for _, sp := range s.times {
		if isClockTime(s.text[sp[0]:sp[1]]) {
			out = append(out, []int{sp[0], sp[1], sp[0], sp[1]})
		}
	}
	return out
}

// holdsWithNeighbour reports whether sentence i and the sentence before or
// after it in its paragraph together hold the question: its entities and
// at least minCoverage of its term weight, with the neighbour holding some
// of it and telling of no other moment.
func (e *Engine) holdsWithNeighbour(q *query, i int) bool {
	if len(q.terms) == 0 {
		return false
	}
	s := &e.r.sents[i]
	for _, n := range []int{i - 1, i + 1} {
		if n < 0 || n >= len(e.r.sents) || e.r.sents[n].para != s.para || s.para == 0 {
			continue
		}
		nb := &e.r.sents[n]
		if len(nb.times) > 0 || hasAny(lowerWords(nb.toks), sequenceWords) {
			continue // "They shut it off an hour later": the neighbour has a time of its own
		}
		total, got, own := 0.0, 0.0, false
		for _, t := range q.terms {
			total += t.weight
			switch {
			case s.hasTerm(t):
				got += t.weight
			case nb.hasTerm(t):
				got += t.weight
				own = true
			}
		}
		if !own || total == 0 || got/total < minCoverage {
			continue
		}
		ok := true
		for _, x := range q.subjects {
			ok = ok && (s.mentions(x) || nb.mentions(x) || contains(q.context, x))
		}
		if ok {
			return true
		}
	}
	return false
}

// sequenceWords place an event relative to another (Quirk et al. 1985,
// §8.51–8.52, time relationship adjuncts): a sentence with one tells of
// another moment than its neighbour's.
var sequenceWords = set("later", "earlier", "afterward", "afterwards", "then", "after", "before", "until", "since", "meanwhile", "next", "soon")

// isClockTime reports whether a time expression gives a time of day (AP
// Stylebook, "a.m., p.m.", "noon", "midnight").
func isClockTime(w string) bool {
	return strings.Contains(w, "a.m") || strings.Contains(w, "p.m") || namesNoon(w) || strings.Contains(w, "midnight") || strings.Contains(w, "o'clock") || hourOfDayRe.MatchString(w)
}

// hourOfDayRe is an hour told by the part of the day ("5 in the morning",
// "11 at night").
var hourOfDayRe = lazyRE(`\b\d{1,2}(?::\d{2})?\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night)$`)
