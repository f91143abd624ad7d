package lookup

import "strings"

// How long, told by its end (part of stage 4, how-long questions): "how
// long will it be on display" of "The painting will stay on display
// through January". A duration still running is told by its end point:
// "until", "till" and "through" with a time mark where it stops (Quirk et
// al., §9.36–9.38), which is how news writing gives a state's length
// when its start is now. The answer is that bound, as written.

// boundedDuration answers a how-long question about a state or an act,
// not a thing's length, with the bound and time that follow the asked
// words in one of the best sentences that hold the whole question.
func (e *Engine) boundedDuration(q *query) (reply, bool) {
	if q.measure != "long" || q.perfect() || q.asksInterval() || e.askedObjectLength(q) {
		return reply{}, false
	}
	for _, c := range e.heldCandidates(q, e.rank(q, nil), 3) {
		s := &e.r.sents[c.s]
		if head, ok := boundAfter(s, c.matched); ok {
			return reply{found: true, head: head, used: []*sentence{s}}, true
		}
	}
	return reply{}, false
}

// boundAfter is the first "until", "till" or "through" after a matched
// word of s, within its clause, with the time of s it opens ("Through
// January."); false when s has none.
func boundAfter(s *sentence, matched []int) (string, bool) {
	if len(matched) == 0 {
		return "", false
	}
	first := matched[0]
	for _, m := range matched {
		first = min(first, m)
	}
	for j := first + 1; j < len(s.toks); j++ {
		if strings.ContainsAny(s.text[s.toks[j-1].end:s.toks[j].start], ";:—") {
			break
		}
		if !stateBounds[s.toks[j].lower] || j+1 >= len(s.toks) {
			continue
		}
		for _, sp := range s.times {
			if sp[0] >= s.toks[j].start && sp[0] <= s.toks[j+1].start {
				return capitalise(strings.TrimSuffix(s.text[s.toks[j].start:sp[1]], ".")) + ".", true
			}
		}
		if end, ok := wholePeriodAt(s, j); ok {
			return capitalise(s.text[s.toks[j].start:s.toks[end].end]) + ".", true // "stretched through the night"
		}
	}
	return "", false
}

// wholePeriodAt is the last token of "through the night" at j: "through"
// and a definite period of the calendar or part of the day, which the
// situation fills from end to end (Quirk et al. 1985, §9.38 on "through"
// and "throughout" of duration; calendarNouns, lastsince.go).
func wholePeriodAt(s *sentence, j int) (int, bool) {
	if j+2 >= len(s.toks) || s.toks[j].lower != "through" || s.toks[j+1].lower != "the" {
		return 0, false
	}
	w := s.toks[j+2].lower
	return j + 2, calendarNouns[w] && w != "time" || dayPeriods[w]
}

// dayPeriods are the parts of the day English names as periods (Quirk et
// al., §9.38).
var dayPeriods = set("morning", "afternoon", "evening", "night", "day")
