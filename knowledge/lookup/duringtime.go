package lookup

import (
	"slices"
	"strings"
)

// An act placed against another event ("met with the ambassador during
// the campaign") is dated only relative to it. When another sentence that
// holds the same question gives the act a calendar time ("spoke twice
// last year with the ambassador"), the reader asking "when" is given both:
// the event and the date.

// duringEvent is a time that places an act within another event rather
// than on the calendar (Quirk et al. 1985, §9.37 on "during" with an
// event noun).
var duringEvent = lazyRE(`(?i)^(?:during|throughout)\s`)

// calendarBeside is the calendar time, and its sentence, that a candidate
// other than from gives the act a "during" phrase ph placed, when one
// stands near the question's words there; "" when none does.
func (e *Engine) calendarBeside(q *query, cands []candidate, from *sentence, ph string) (string, *sentence) {
	if !duringEvent.MatchString(ph) {
		return "", nil
	}
	for _, c := range cands {
		s := &e.r.sents[c.s]
		if s == from || s.para == 0 || c.subjects < len(q.subjects) || !e.holds(q, c) {
			continue
		}
		anchors := append(append(append([]int(nil), c.matched...), e.subjectTokens(q, s)...), e.referringTokens(q, s)...)
		for _, sp := range dropReportTimes(s, spansOf(s), c.matched) {
			w := strings.TrimSuffix(s.text[sp[0]:sp[1]], ".")
			if duringEvent.MatchString(w) || !timeRe.MatchString(w) || !e.spanNear(s, w, anchors, 40) {
				continue
			}
			return w, s
		}
	}
	return "", nil
}

// spansOf is s's time spans in the four-index form the time filters take.
func spansOf(s *sentence) [][]int {
	var subs [][]int
	for _, sp := range s.times {
		subs = append(subs, []int{sp[0], sp[1], sp[0], sp[1]})
	}
	return subs
}

// referringTokens are the tokens of s that refer to the question's
// subjects without naming them: a description ("Russia's ambassador") or
// a personal pronoun when s refers to a subject by pronoun.
func (e *Engine) referringTokens(q *query, s *sentence) []int {
	var out []int
	i := e.indexOf(s)
	for k, t := range s.toks {
		x, described := e.descRefs[[2]int{i, k}]
		switch {
		case described && contains(q.subjects, x):
			out = append(out, k)
		case personalPronouns[t.lower] && slices.ContainsFunc(q.subjects, func(x int) bool { return contains(s.refs, x) }):
			out = append(out, k)
		}
	}
	return out
}
