package lookup

import "slices"

// The headline's event dated by the lead (part of stage 4, times): a news
// headline summarises the lead's event ("Light rail line to airport
// opens after delay" over "Trains began carrying passengers on the Silver
// Line … on Saturday"; AP Stylebook, "headlines": the headline tells the
// main news of the lead), and the lead gives its time (the summary lead's
// when). Headlines leave out the time and often the names of those the
// lead names. So when no body sentence dates what a when-question asks,
// and the headline holds every word of the question and names no time of
// its own, the lead's time answers, citing the headline and the lead, as
// headlineDateline places the same event.

// headlineEventTime answers a when-question whose every word the
// headline writes in an inflection of its own (the same stem, not a
// derivation that shares its first letters), every entity it names being
// named in the headline or the lead, by the lead's time.
func (e *Engine) headlineEventTime(q *query) (reply, bool) {
	h, lead := e.part("title"), e.leadSentence()
	if h == nil || lead == nil || len(h.times) > 0 || len(q.terms) == 0 {
		return reply{}, false
	}
	var matched []int
	for _, t := range q.terms {
		at := slices.IndexFunc(h.toks, func(k token) bool { return k.stem == t.stem || k.lower == t.lower })
		if at < 0 {
			return reply{}, false // "maker" is no "made", a synonym no sure paraphrase of a headline's few words
		}
		matched = append(matched, at)
	}
	if inSequencedClause(h, matched) {
		return reply{}, false // "postpones tour after surgery": the surgery is not the lead's event (sequencedclause.go)
	}
	for _, x := range q.subjects {
		if !contains(h.named, x) && !contains(lead.named, x) {
			return reply{}, false
		}
	}
	told := e.score(q, e.indexOf(lead), e.totalWeight(q)).matched // the lead's words of the event asked, as datesOwnEvent reads them
	r, ok := leadTimeOf(lead, told, func(sp []int) bool { return !e.datesRelativeAfter(lead, sp, told) })
	if ok {
		r.used = []*sentence{h, lead}
	}
	return r, ok
}

// undatedTime answers a when-question no body sentence dates with a time
// near its words: the headline's event by the lead's time ("when did the
// line open": the headline's "opens", the lead's Saturday), else the end
// of a state ("when does it reopen": "will stay closed through Tuesday").
func (e *Engine) undatedTime(q *query) (reply, bool) {
	if r, ok := e.headlineEventTime(q); ok {
		return r, true
	}
	return e.stateEnd(q)
}

// datesRelativeAfter reports whether time span sp of s lies in a relative
// clause opened after every matched word: "found the skull of a fish that
// hunted in a sea … 360 million years ago" dates the hunting, as a time
// in a relative clause dates the clause's own verb (Quirk et al. 1985,
// §17.8–17.14, relativetime.go). The pronoun follows a noun, its
// antecedent; after a verb "that" opens a reported clause instead.
func (e *Engine) datesRelativeAfter(s *sentence, sp []int, matched []int) bool {
	if len(matched) == 0 {
		return false
	}
	for k := slices.Max(matched) + 1; k < len(s.toks) && s.toks[k].start < sp[0]; k++ {
		if subjectRelatives[s.toks[k].lower] && e.isNoun(s.toks[k-1]) {
			return true
		}
	}
	return false
}
