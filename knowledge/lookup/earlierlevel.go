package lookup

import (
	"slices"
	"strings"
)

// The level before a change (part of stage 3, ranking numbers). News
// writing tells a change with both its levels: the new one, then the old
// after "from" ("rose to 24,500 from 22,100", "214 participants, up from
// 180 last year", "climbed by nine from last year's 109"; AP Stylebook,
// "from … to": the earlier figure follows "from"). A question of a level
// at an earlier time ("last year", "before the raise") asks the old one.

// earlierAsked reports whether q asks a level at a time before the
// story's: it names an earlier time (earlierTimeWords: "last year", "two
// years ago", "before the raise") and asks no change ("how many more
// than last year" asks the difference: askedChange).
func (e *Engine) earlierAsked(q *query) bool {
	if e.asksChange(q) || e.degreeAsked(q) >= 0 {
		return false
	}
	return slices.ContainsFunc(q.toks, func(t token) bool { return earlierTimeWords[t.lower] })
}

// changeStart reports whether figure n is the level a change started
// from: it follows "from" (past an approximator and a time in the
// genitive, "from last year's 109"), and the clause before it tells a
// change: "up" or "down" right before "from", a verb of change, or a new
// level after "to" ("raised pay to $26.50 from $23").
func (e *Engine) changeStart(s *sentence, n quantity) bool {
	k := pastGenitive(s, beforeApproximators(s, n))
	if k < 1 || s.toks[k].lower != "from" {
		return false
	}
	if w := s.toks[k-1].lower; w == "up" || w == "down" {
		return true
	}
	for j := k - 1; j >= 0 && !commaBetween(s, j, j+1); j-- {
		w := s.toks[j].lower
		if d, ok := e.changeDirection(w); ok && d != 0 && !s.toks[j].cap {
			return true
		}
		if w == "to" && slices.ContainsFunc(s.nums, func(m quantity) bool { return m.tok > j && m.tok < k && beforeApproximators(s, m) == j }) {
			return true
		}
	}
	return false
}

// pastGenitive is the index of the "from" or "to" one or two words
// before token k when k is in the genitive, else k: in "from last year's
// 109" the genitive dates the figure (Quirk et al. 1985, §5.115) and the
// preposition still opens the change's point.
func pastGenitive(s *sentence, k int) int {
	if k < 0 || !s.toks[k].poss {
		return k
	}
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		if l := s.toks[j].lower; l == "from" || l == "to" {
			return j
		}
	}
	return k
}

// startBeside reports whether n is the new level of a change, where q
// asks the earlier: s gives that by another figure, of n's kind, not the
// one asked ("rose to 24,500 from 22,100": "how many before" asks
// 22,100); a level reached after "to" is never the earlier one ("voted
// to double the fine to $50": not the fine before), unless the time the
// question asks dates n, after it or inside its clause.
func (e *Engine) startBeside(q *query, s *sentence, n quantity) bool {
	if !e.earlierAsked(q) || e.changeStart(s, n) || timeFit(askedTimes(q), s, n) > 0 || askedTimeBefore(q, s, n) {
		return false // "$412 million last year, up from $365 million the year before", "rose by 12 last year to 47": the time asked dates the new level
	}
	return e.changeGoal(s, n) || slices.ContainsFunc(s.nums, func(m quantity) bool { return m.tok != n.tok && m.kind == n.kind && e.changeStart(s, m) })
}

// startAsked reports whether figure n is the earlier level q asks: q asks
// an earlier time, n starts a change, and the change's subject before it
// holds what q counts, or, for "how big was the staff", the noun measured.
func (e *Engine) startAsked(q *query, s *sentence, n quantity) bool {
	if n.unit != "" || !e.earlierAsked(q) || !e.changeStart(s, n) {
		return false
	}
	if len(q.focus) > 0 {
		return e.focusBefore(q, s, n.tok)
	}
	m := measuredNoun(q.toks)
	return m != "" && !stopWords[m] && slices.ContainsFunc(s.toks[:n.tok], func(t token) bool { return t.meets(stemOf(m)) })
}

// earlierWeight weighs figure n of s for a question of an earlier time
// (earlierAsked): the level a change started from is what it asks (+1),
// unless its own time is another;
// a figure of a sentence that names no time at all holds for the story's
// own time, which news writing leaves undated (§8.13: a time adjunct
// marks a time other than the narrative's), so it answers a question of
// another time only if nothing better does (-1).
func (e *Engine) earlierWeight(q *query, s *sentence, n quantity) float64 {
	switch {
	case !e.earlierAsked(q):
		return 0
	case e.changeStart(s, n):
		if timeFit(askedTimes(q), s, n) < 0 {
			return 0 // "up from $365 million the year before": another time than the one asked
		}
		return 1
	case len(s.times) == 0:
		return -1
	}
	return 0
}

// askedTimeBefore reports whether a time q names stands in the clause
// just before figure n, no comma between ("rose by 12 last year to 47"):
// an adjunct of time in the change's clause dates the change, and so the
// level it reached.
func askedTimeBefore(q *query, s *sentence, n quantity) bool {
	asked := askedTimes(q)
	from := s.toks[max(0, n.tok-6)].start
	return slices.ContainsFunc(s.times, func(sp []int) bool {
		if sp[0] < from || sp[1] > s.toks[n.tok].start || !slices.Contains(asked, bareTime(s.text[sp[0]:sp[1]])) {
			return false
		}
		return !strings.ContainsAny(s.text[sp[1]:s.toks[n.tok].start], ",;")
	})
}

// askedTimeAfter reports whether a time q names stands after figure n
// with no comma between ("up from 33 percent in the last mayoral election
// in 2022"): the adjunct after the figure of a from-phrase dates that
// earlier level.
func askedTimeAfter(q *query, s *sentence, n quantity) bool {
	asked := askedTimes(q)
	at := s.toks[n.end-1].end
	return slices.ContainsFunc(s.times, func(sp []int) bool {
		return sp[0] >= at && slices.Contains(asked, bareTime(s.text[sp[0]:sp[1]])) && !strings.ContainsAny(s.text[at:sp[0]], ",;")
	})
}
