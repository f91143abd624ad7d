package lookup

import "strings"

// Event times (part of stage 4, for ordering two events): which of a
// sentence's time expressions tell when its event happened. Two kinds
// of time stand in a news sentence without dating the event it tells:
// the end of a state ("the order would remain in effect until at least
// Friday morning") and the time of the telling ("said in an interview
// Monday that she had complained").

// boundWords are the prepositions that set a time as the end of a
// state, not the time the state began: "until", "till", "through"
// (Quirk et al., A Comprehensive Grammar, §9.37–9.39, the prepositions
// of duration and of the terminus). "By" is not one of them: "not later
// than" bounds the event itself ("had grown to a Category 4 by Wednesday
// afternoon"), which happened at or before the time.
var boundWords = set("until", "till", "through")

// boundHedges may stand between a bounding preposition and its time:
// "until at least Friday", "through at least the end of the month".
var boundHedges = set("at", "least", "the", "latest", "earliest")

// boundsState reports whether time span sp of s is introduced by a
// bounding preposition, with only hedges between: a time that ends a
// state, and dates no event's start.
func boundsState(s *sentence, sp []int) bool {
	first := strings.ToLower(strings.Fields(s.text[sp[0]:sp[1]])[0])
	if boundWords[first] {
		return true
	}
	before := tokenize(s.text[:sp[0]])
	for k := len(before) - 1; k >= 0 && k >= len(before)-3; k-- {
		w := before[k].lower
		if boundWords[w] {
			return true
		}
		if !boundHedges[w] {
			return false
		}
	}
	return false
}

// datesTelling reports whether time span sp of s dates a verb of saying
// just before it ("said in an interview Monday") while every word
// matched of the event lies after the span, in what was said: the time
// is that of the report, not of the reported event (Quirk et al.
// §14.31 on the reporting clause and its own time; the AP Stylebook,
// "said", on dating the attribution).
func datesTelling(s *sentence, sp []int, matched []int) bool {
	if tellingVerbBefore(s, sp, 4) < 0 {
		return false
	}
	if len(matched) == 0 || inNounPhrase(s, sp) {
		return false
	}
	for _, m := range matched {
		if s.toks[m].start < sp[1] {
			return false
		}
	}
	return true
}

// futureAuxiliaries are the modal auxiliaries of future time and of the
// future in the past (Quirk et al. §4.42–4.45 and §14.31).
var futureAuxiliaries = set("will", "would", "shall")

// datesLaterAct reports whether a future auxiliary stands between every
// matched word of s and time span sp: the time is that of the act the
// auxiliary looks ahead to ("would give each evacuated household $1,500
// and would open an assistance center Thursday"), not of the event the
// matched words tell before it.
func datesLaterAct(s *sentence, sp []int, matched []int) bool {
	if len(matched) == 0 {
		return false
	}
	last := -1
	for _, m := range matched {
		if s.toks[m].start >= sp[0] {
			return false
		}
		last = max(last, m)
	}
	for k := last + 1; k < len(s.toks) && s.toks[k].start < sp[0]; k++ {
		if futureAuxiliaries[s.toks[k].lower] && (s.quoted == nil || !s.quoted[k]) {
			return true
		}
	}
	return false
}

// inNounPhrase reports whether time span sp follows a determiner: a
// time inside a noun phrase ("recalled the July 2023 afternoon when …")
// premodifies the head noun (Quirk et al. §17.97–17.104) and is no
// adjunct dating the verb before it.
func inNounPhrase(s *sentence, sp []int) bool {
	before := tokenize(s.text[:sp[0]])
	return len(before) > 0 && determiners[before[len(before)-1].lower]
}

// eventTimes are the time spans of s that may date the event its
// matched words tell: all but those that bound a state, date the
// telling or date a later act a future auxiliary looks ahead to.
func eventTimes(s *sentence, matched []int) [][]int {
	var out [][]int
	for _, sp := range s.times {
		if !boundsState(s, sp) && !datesTelling(s, sp, matched) && !datesLaterAct(s, sp, matched) {
			out = append(out, sp)
		}
	}
	return out
}

// datesOwnEvent reports whether s may date the event q asks about: s
// holds a word of q when q has words, and one of its times, or when it
// has none of the earlier sentence of its paragraph that dates it, is
// not a bound, the time of a telling or of a later act.
func (e *Engine) datesOwnEvent(q *query, s *sentence) bool {
	c := e.score(q, e.indexOf(s), e.totalWeight(q))
	if len(q.terms) > 0 && len(c.matched) == 0 {
		return false
	}
	if len(s.times) > 0 {
		return len(e.eventTimesOf(s, c.matched)) > 0
	}
	d := e.datedBy(e.indexOf(s))
	return d == nil || len(eventTimes(d, []int{len(d.toks) - 1})) > 0
}
