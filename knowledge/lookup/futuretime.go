package lookup

import (
	"strings"
)

// Future times (part of stage 4): "when do talks resume", "when does the
// hospital stop delivering babies" ask about an event still ahead, which
// a news report dates in a sentence marking the future (intention.go has
// the modals and verbs of intention).

// asksFutureTime reports whether a when-question asks about an act still
// to come: a future modal or verb of intention (asksFuture), or the simple
// present of "do"/"does", which English uses of a fixed future arrangement
// (Quirk et al., A Comprehensive Grammar, 4.42: "the train leaves at
// 8"), and "when is"/"when's" of an event ("when's the vote"). A past
// auxiliary before it asks about the past, and so does "since when": the
// start of a span that runs up to now is past (Quirk et al. 9.36), whatever
// the present tense of its state ("since when does the trust own it").
func asksFutureTime(q *query) bool {
	if len(q.toks) > 1 && q.toks[0].lower == "since" && q.toks[1].lower == "when" {
		return false
	}
	if asksFuture(q) || whenIs.MatchString(q.raw) {
		return true
	}
	for _, t := range q.toks {
		switch t.lower {
		case "did", "was", "were", "had", "has", "have":
			return false
		case "do", "does":
			return true
		}
	}
	return false
}

// scheduleVerbs are the participles news writing puts before the
// to-infinitive of an act arranged for later ("talks are scheduled to
// resume", "the store is set to open", "the vote is expected Tuesday"):
// the future of "be to" with a verb of arrangement (Quirk et al. 4.48).
var scheduleVerbs = set("scheduled", "set", "expected", "due", "slated", "poised")

// expectationVerbs take a to-infinitive of an act ahead of the time of
// speaking, in the active ("The utility expects to restore the rest by
// Thursday"): the verbs of expecting and hoping among Quirk et al.'s
// verbs with a to-infinitive of future reference (16.38), whose
// "expected" the schedule participles already hold.
var expectationVerbs = set("expect", "expects", "expecting", "hope", "hopes", "hoping", "aim", "aims", "aiming", "anticipate", "anticipates")

// datesFuture reports whether a matched word of s is a verb in future
// time: after a future modal or verb of intention (intended), or after a
// verb of schedule and its "to" ("scheduled to resume").
func datesFuture(s *sentence, matched []int) bool {
	if intended(s, matched) {
		return true
	}
	for _, m := range matched {
		if m >= 2 && s.toks[m-1].lower == "to" && (scheduleVerbs[s.toks[m-2].lower] || expectationVerbs[s.toks[m-2].lower]) {
			return true // "is scheduled to resume", "expects to restore the rest by Thursday"
		}
		if m >= 1 && aspectualVerbs[s.toks[m-1].lower] && intended(s, []int{m - 1}) {
			return true // "will stop delivering": the act the future verb's aspect governs
		}
	}
	return false
}

// aspectualVerbs take the act whose beginning, continuing or end they
// mark as an -ing or to complement ("stop delivering", "begin to accept"):
// the aspectual catenatives (Quirk et al. 16.49; Levin 1993, 55.1 "begin"
// verbs), in their base form as they stand after a modal.
var aspectualVerbs = set("begin", "start", "stop", "cease", "continue", "resume", "keep", "quit", "finish", "end")

// futureFirst moves the candidates that date a future act ahead of the
// others, each group in rank order, when the question asks about the
// future: "when does the hospital stop delivering babies" is answered by
// "will stop delivering babies at the end of January", not by other
// hospitals that "have stopped delivering babies since 2015".
func (e *Engine) futureFirst(q *query, cands []candidate) []candidate {
	if !asksFutureTime(q) {
		return cands
	}
	future, rest := e.splitFuture(cands)
	return append(future, rest...)
}

// splitFuture parts candidates into those that tell the matched act in
// future time (datesFuture) and the rest, each in rank order.
func (e *Engine) splitFuture(cands []candidate) (future, rest []candidate) {
	for _, c := range cands {
		if datesFuture(&e.r.sents[c.s], c.matched) {
			future = append(future, c)
		} else {
			rest = append(rest, c)
		}
	}
	return future, rest
}

// whenIs is "when is", "when are" and their contractions.
var whenIs = lazyRE(`(?i)\bwhen(?:'s|’s|s|\s+is|\s+are|\s+re|'re)\b`)

// orderedTimeNouns are the nouns of a time an order adjective picks out
// in a when-question: "the last day", "the first time".
var orderedTimeNouns = set("day", "time", "date", "night", "week", "month", "year")

// withoutOrderedTime drops "first"/"last" and the time noun they modify
// from a when-question's terms: "when's the last day they deliver
// babies" asks when they stop delivering, and the words name the time
// asked, which the answer gives, not a word the sentence must hold ("last
// year" in "delivered 212 babies last year" is another time). The order
// adjective with a noun of time is a temporal noun phrase (Quirk et al.
// 8.55), the when-question's own answer.
func withoutOrderedTime(q *query) *query {
	drop := map[string]bool{}
	for k := 0; k+1 < len(q.toks); k++ {
		if w := q.toks[k].lower; (w == "first" || w == "last") && orderedTimeNouns[q.toks[k+1].lower] {
			drop[w], drop[q.toks[k+1].lower] = true, true
		}
	}
	if len(drop) == 0 {
		return q
	}
	c := *q
	c.terms = nil
	for _, t := range q.terms {
		if !drop[t.lower] {
			c.terms = append(c.terms, t)
		}
	}
	if len(c.terms) == 0 {
		return q
	}
	return &c
}

// dropPastTimes drops, for a question about the future, the time spans
// that place their act in the past by their own words ("last year", "two
// weeks ago", "yesterday"): a deictic past time cannot date an act still
// to come (Quirk et al. 4.42; the past-relative adverbials of 8.55). Nor
// can a span "since" a time, which runs from a past time up to now
// (Quirk et al. 9.36, "since" with the perfect): "has been run by the
// city since 1962" says nothing of when the pool opens again.
func (e *Engine) dropPastTimes(q *query, s *sentence, spans [][]int) [][]int {
	if !e.asksFutureOf(q, s) {
		return spans
	}
	return keepSpans(spans, func(sp []int) bool {
		text := s.text[sp[0]:sp[1]]
		if v, ok := timeValue(strings.TrimSuffix(text, ".")); ok && v < 0 && !yearRe.MatchString(text) {
			return false
		}
		return !strings.HasPrefix(strings.ToLower(text), "since ")
	})
}

// asksFutureOf reports whether q asks the time of an act still to come,
// as s tells it: asksFutureTime, unless s tells the act asked in the
// progressive already begun (askedUnderWay).
func (e *Engine) asksFutureOf(q *query, s *sentence) bool {
	return asksFutureTime(q) && !e.askedUnderWay(q, s)
}

// beginVerbs are the aspectual verbs (aspectualVerbs) that put an act
// under way: its beginning or its resumption (Quirk et al. §16.49).
var beginVerbs = set("begin", "start", "resume")

// askedUnderWay reports whether q asks "when are they raising it", the
// present progressive of an act in progress now (Quirk et al., §4.25–
// 4.29), and s tells that act begun: a begin-verb right before the
// question's -ing verb ("began raising"). The act under way was begun at
// s's time, so that past time answers.
func (e *Engine) askedUnderWay(q *query, s *sentence) bool {
	if !whenIs.MatchString(q.raw) {
		return false
	}
	for _, t := range q.toks {
		if v, ok := strings.CutSuffix(t.lower, "ing"); !ok || len(v) < 3 {
			continue
		}
		for k := 1; k < len(s.toks); k++ {
			if s.toks[k].lower == t.lower && beginVerbs[e.baseVerb(s.toks[k-1].lower)] {
				return true
			}
		}
	}
	return false
}

// dropFutureTimes drops from spans, for a question asked in the simple
// past ("when did the storm start"), the times whose clause puts its
// verb in the future, by a modal or a verb of intention or schedule and
// its "to" ("is expected to move into Manitoba by Thursday"): an act
// still to come has not happened at any time, so no such time dates the
// act asked (Quirk et al. 1985, §4.42, and the verbs of intention,
// intention.go). A question of what was said ("when did she say") is left
// alone.
func dropFutureTimes(q *query, s *sentence, spans [][]int) [][]int {
	if !askedInPast(q) {
		return spans
	}
	return keepSpans(spans, func(sp []int) bool {
		for j := len(s.toks) - 1; j >= 0; j-- {
			if s.toks[j].end > sp[0] {
				continue
			}
			if punctuatedBetween(s.text, s.toks, j+1) || sp[0]-s.toks[j].end > 40 {
				return true
			}
			if intended(s, []int{j}) {
				return false
			}
		}
		return true
	})
}

// askedInPast reports whether q asks with "did" and no verb of speech.
func askedInPast(q *query) bool {
	past := false
	for _, t := range q.toks {
		if speechBases[t.lower] || speechVerbs[t.lower] {
			return false
		}
		past = past || t.lower == "did"
	}
	return past
}
