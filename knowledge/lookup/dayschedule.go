package lookup

import (
	"slices"
	"strings"
)

// Hours by day of the week (part of stage 4, times). A schedule that
// differs by day is written as a series whose items each name the days
// and then their hours: "open Monday through Thursday from 9 a.m. to 8
// p.m., Friday and Saturday 10 to 6, and Sunday between noon and 5 p.m."
// (AP Stylebook, "days of the week", "time of day", "through"; the
// shortened "10 to 6" for hours set after their days, as listings write
// them). The hours of the day a question names ("when is it open on
// Sundays") are those of the item whose days hold it: the day itself,
// one of two joined by "and", or one within a "through" range, counted in
// the order of the week. The hours say when the place opens and when it
// closes, so "what time does it close on Fridays" needs no "close" in the
// sentence.

// weekOrder is the days of the week in their order, Monday first (ISO
// 8601): weekdayAlt's names in lower case.
var weekOrder = strings.Split(strings.ToLower(weekdayAlt), "|")

// scheduleHour is one end of a schedule's hours: a clock time, possibly
// shortened to the bare hour, or noon or midnight.
const scheduleHour = `(?:\d{1,2}(?::\d{2})?(?:\s*[ap]\.m\.)?|noon|midnight)`

// scheduleItem is a schedule's item: its days, then its hours from one
// end to the other.
var scheduleItem = lazyRE(`(?i)\b(` + weekdayAlt + `)s?(?:\s+(and|through|to)\s+(` + weekdayAlt + `)s?)?,?\s+(?:from\s+` + scheduleHour + `\s+(?:to|until|till)\s+` + scheduleHour + `|between\s+` + scheduleHour + `\s+and\s+` + scheduleHour + `|` + scheduleHour + `\s+(?:to|until|till)\s+` + scheduleHour + `)`)

// weekdayAlt is the alternation of the days' names, in their order.
const weekdayAlt = `Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday`

// askedWeekday is the day of the week a question names, singular or
// plural ("on sundays"), lower case; "" when it names none or more than one.
func askedWeekday(q *query) string {
	found := ""
	for _, t := range q.toks {
		w := strings.TrimSuffix(t.lower, "s")
		if weekIndex(w) < 0 || w == found {
			continue
		}
		if found != "" {
			return ""
		}
		found = w
	}
	return found
}

// weekIndex is the place of day d in the week, or -1.
func weekIndex(d string) int {
	for i, w := range weekOrder {
		if w == d {
			return i
		}
	}
	return -1
}

// meridiemClock is a clock time whose part of the day is written: a
// schedule sets it at least once, and bare figures after a day with no
// such time ("voted Tuesday 6 to 1") are no hours.
var meridiemClock = lazyRE(`(?i)\b\d{1,2}(?::\d{2})?\s*[ap]\.m\.|\bnoon\b|\bmidnight\b`)

// scheduleFor is the item of s that gives the hours of day, as written.
func scheduleFor(s *sentence, day string) (string, bool) {
	at := weekIndex(day)
	if !meridiemClock.MatchString(s.text) {
		return "", false
	}
	for _, m := range scheduleItem.FindAllStringSubmatch(s.text, -1) {
		first := weekIndex(strings.ToLower(m[1]))
		switch strings.ToLower(m[2]) {
		case "":
			if first == at {
				return m[0], true
			}
		case "and":
			if first == at || weekIndex(strings.ToLower(m[3])) == at {
				return m[0], true
			}
		default:
			if last := weekIndex(strings.ToLower(m[3])); first <= at && at <= last {
				return m[0], true
			}
		}
	}
	return "", false
}

// daySchedule answers a time question that names a day of the week with
// the hours a held sentence's schedule gives that day.
func (e *Engine) daySchedule(q *query) (reply, bool) {
	day := askedWeekday(q)
	if day == "" {
		return reply{}, false
	}
	covers := func(s *sentence) bool { _, ok := scheduleFor(s, day); return ok }
	hq := *q // the hours tell when it opens and when it closes: those verbs need no word of their own
	hq.terms = slices.DeleteFunc(slices.Clone(q.terms), func(t term) bool { return openCloseVerbs[t.lower] || openCloseVerbs[t.stem] })
	for _, c := range e.rank(&hq, covers) {
		if !e.holds(&hq, c) {
			continue
		}
		s := &e.r.sents[c.s]
		item, _ := scheduleFor(s, day)
		return reply{found: true, head: capitalise(item) + suffixPeriod(item), used: []*sentence{s}}, true
	}
	return reply{}, false
}

// dayOrClockTime answers a time question by the hours of the day it
// names, or else by a clock time (clocktime.go).
func (e *Engine) dayOrClockTime(q *query) (reply, bool) {
	if r, ok := e.daySchedule(q); ok {
		return r, true
	}
	return e.clockTime(q)
}
