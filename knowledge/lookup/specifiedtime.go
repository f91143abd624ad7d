package lookup

import (
	"strings"
)

// A time made precise by a second time in apposition (part of stage 4).
// News writing often gives a broad time and then, after a comma, the
// same time more exactly: "reopened it last fall, on Oct. 14", "entered
// the cave late Friday afternoon, around 4:30 p.m.", "in March, on the
// 9th". The second unit names the same time as the first and narrows it
// (apposition whose second part specifies the first: Quirk et al. 1985,
// ch. 17, "apposition", particularization), and AP style asks for the
// exact day or hour wherever it is known (AP Stylebook, "dates", "time
// element"). So the answer to "when" keeps both, as the article writes
// them: "Last fall, on Oct. 14", never the season alone.

// apposedTimeGap is what may stand between a time and its narrower
// restatement: a comma, a preposition of time the second time may keep
// outside its span ("in late May"), and at most one adverb of
// approximation or of the part of a span ("about", "around", "early",
// "late"; Quirk et al. 1985, ch. 8 on adjuncts of time and their
// modifiers).
var apposedTimeGap = lazyRE(`^,\s+(?:(?:in|on|at)\s+)?(?:(?:about|around|roughly|approximately|early|late|just|shortly)\s+)?$`)

// monthNamed is a time expression that names a month (AP Stylebook,
// "months": the twelve names and their abbreviations before a date).
var monthNamed = lazyRE(`(?i)\b(?:jan|feb|aug|sept?|oct|nov|dec)\.|\b(?:january|february|march|april|may|june|july|august|september|october|november|december)\b`)

// seasonNamed is a time expression that names a season or a week (AP
// Stylebook, "seasons"; the four seasons, and "autumn" for "fall").
var seasonNamed = lazyRE(`(?i)\b(?:spring|summer|fall|autumn|winter|week|weekend)\b`)

// timeGrain ranks how exactly a time expression places its time: a clock
// time above a day, a day above a month, a month above a season or week,
// and those above a year or a span counted back.
func timeGrain(w string) int {
	switch {
	case isClockTime(w):
		return 4
	case dayPrecise.MatchString(w):
		return 3
	case monthNamed.MatchString(w):
		return 2
	case seasonNamed.MatchString(w):
		return 1
	}
	return 0
}

// specifiedTime returns time phrase ph of s followed by the narrower time
// the article sets in apposition after it ("last fall, on Oct. 14"), or
// ph unchanged when no narrower time so follows it.
func specifiedTime(s *sentence, ph string) string {
	bare := strings.TrimSuffix(ph, ".")
	at := strings.Index(s.text, bare)
	if at < 0 {
		return ph
	}
	end := at + len(bare)
	for _, sp := range s.times {
		if sp[0] < end || !apposedTimeGap.MatchString(s.text[end:sp[0]]) {
			continue
		}
		if next := s.text[sp[0]:sp[1]]; timeGrain(next) > timeGrain(bare) {
			return s.text[at:sp[1]]
		}
		break
	}
	return ph
}

// specifiedDay returns time phrase ph of s with the narrower time set in
// apposition after it when the question asks a day ("what date", "which
// day") and ph names none but the narrower time does: "just before
// Thanksgiving, on Nov. 22" gives the date asked, so the article does
// give one. ph unchanged otherwise.
func specifiedDay(q *query, s *sentence, ph string) string {
	if !dayAsked.MatchString(strings.ToLower(q.raw)) || dayPrecise.MatchString(ph) {
		return ph
	}
	if sp := specifiedTime(s, ph); dayPrecise.MatchString(sp) {
		return sp
	}
	return ph
}
