package lookup

import (
	"strings"

	"storybot/knowledge"
)

// Result times (part of stage 4): "what was rotich's time", "the ethiopian
// guy's finishing time?". A competitor's "time" in a report of a race is
// the span they took, written as hours, minutes and seconds ("2:06:41",
// "2 hours, 6 minutes, 41 seconds": AP Stylebook, "times" and the sports
// guidelines), and it is given after "in", which with a span of time
// states how long an accomplishment took ("won in 2:06:41", "was second in
// 2:22:30": Quirk et al., §8.60, time-span adjuncts with "in"). The time is
// the competitor's when they are the person named nearest before it in
// its sentence; a time given only for others does not answer for them.

// resultTime answers a question asking a person's time. asked is false
// when the question does not ask one; found is false when the article
// gives times but none for the person asked.
func (e *Engine) resultTime(q *query) (r reply, found, asked bool) {
	if winningTimeAsked(q) {
		if r, ok := e.leadResultTime(); ok {
			return r, true, true
		}
	}
	if !e.asksPersonsTime(q) {
		return reply{}, false, false
	}
	x := q.subjects[0]
	given := false
	for i := range e.r.sents {
		s := &e.r.sents[i]
		for k, n := range s.nums {
			if !takenSpan(s, n) {
				continue
			}
			given = true
			if e.ownerBefore(s, s.toks[n.tok].start) == x {
				return reply{found: true, head: capitalise(durationText(s, k)) + ".", used: []*sentence{s}}, true, true
			}
		}
	}
	return reply{}, false, given
}

// asksPersonsTime reports whether q asks the time of the one person it is
// about: the noun "time" in a question of no other type ("what time" asks
// a clock time, and is typed so before this is reached), determined by a
// possessive ("rotich's time", "his time") or modified by a participle
// ("finishing time", "winning time"), not "at the time" or "this time".
func (e *Engine) asksPersonsTime(q *query) bool {
	if (q.typ != tPassage && q.typ != tValue) || len(q.subjects) != 1 || e.a.Entities[q.subjects[0]].Kind != knowledge.Person {
		return false
	}
	for i, t := range q.toks {
		if t.lower != "time" || i == 0 {
			continue
		}
		if b := q.toks[i-1]; b.poss || possessivePronouns[b.lower] || strings.HasSuffix(b.lower, "ing") {
			return true
		}
	}
	return false
}

// winningTimeAsked reports whether q asks "the winning time" of no one
// named: the time of the race's winner, whom a race report's lead names
// with the time (the AP Stylebook's summary lead: who won, in what time).
func winningTimeAsked(q *query) bool {
	if (q.typ != tPassage && q.typ != tValue) || len(q.subjects) > 0 {
		return false
	}
	for i := 1; i < len(q.toks); i++ {
		if q.toks[i].lower == "time" && q.toks[i-1].lower == "winning" {
			return true
		}
	}
	return false
}

// leadResultTime is the span of time the lead gives after "in" ("finishing
// in 2 hours, 7 minutes and 51 seconds"), the winner's, or false.
func (e *Engine) leadResultTime() (reply, bool) {
	s := e.leadSentence()
	if s == nil {
		return reply{}, false
	}
	for k, n := range s.nums {
		if takenSpan(s, n) {
			return reply{found: true, head: capitalise(durationText(s, k)) + ".", used: []*sentence{s}}, true
		}
	}
	return reply{}, false
}

// takenSpan reports whether n is a span of time given after "in": a
// reading in hours, minutes and seconds that is no time of day ("2:06:41",
// not "9:42 p.m."), or a count of a unit of time ("2 hours").
func takenSpan(s *sentence, n quantity) bool {
	if n.tok == 0 || s.toks[n.tok-1].lower != "in" {
		return false
	}
	switch n.kind {
	case qClock:
		return strings.Count(n.text, ":") == 2 || !dayPeriod(s, n)
	case qCount:
		return measureOf(n.unit) == "time"
	}
	return false
}

// dayPeriod reports whether a clock reading is followed by a.m., p.m.,
// noon or midnight, which make it a time of day.
func dayPeriod(s *sentence, n quantity) bool {
	if n.end < len(s.toks) {
		switch strings.Trim(s.toks[n.end].lower, ".") {
		case "a.m", "p.m", "am", "pm", "noon", "midnight":
			return true
		}
	}
	l := strings.ToLower(n.text)
	return strings.Contains(l, "a.m") || strings.Contains(l, "p.m")
}

// durationText is the span of number k of s with the smaller units that
// follow it in a list ("2 hours, 6 minutes, 41 seconds").
func durationText(s *sentence, k int) string {
	n := s.nums[k]
	end := n.end
	for j := k + 1; j < len(s.nums); j++ {
		m := s.nums[j]
		gap := m.tok - end
		if m.kind != qCount || measureOf(m.unit) != "time" || gap > 1 || gap == 1 && s.toks[end].lower != "and" {
			break
		}
		end = m.end
	}
	if end <= n.tok || end > len(s.toks) {
		return n.text
	}
	return s.text[s.toks[n.tok].start:s.toks[end-1].end]
}

// ownerBefore is the person named nearest before byte off in s, or the
// one person its pronouns stand for when it names none before off; -1
// when there is none.
func (e *Engine) ownerBefore(s *sentence, off int) int {
	best := e.personNamedBefore(s, off)
	if best < 0 && len(s.refs) == 1 {
		return s.refs[0]
	}
	return best
}

// personNamedBefore is the person whose name ends last at or before byte
// off of s, or -1.
func (e *Engine) personNamedBefore(s *sentence, off int) int {
	best, bestEnd := -1, -1
	for _, x := range s.named {
		if e.a.Entities[x].Kind != knowledge.Person {
			continue
		}
		for _, sp := range e.nameSpans(s, x) {
			if sp[1] <= off && sp[1] > bestEnd {
				best, bestEnd = x, sp[1]
			}
		}
	}
	return best
}
