package lookup

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

// scheduleHour is one end of a schedule's hours: a clock time, possibly
// shortened to the bare hour, or noon or midnight.
const scheduleHour = `(?:\d{1,2}(?::\d{2})?(?:\s*[ap]\.m\.)?|noon|midnight)`

// scheduleItem is a schedule's item: its days, then its hours from one
// end to the other.
var scheduleItem = lazyRE(`(?i)\b(` + weekdayAlt + `)s?(?:\s+(and|through|to)\s+(` + weekdayAlt + `)s?)?,?\s+(?:from\s+` + scheduleHour + `\s+(?:to|until|till)\s+` + scheduleHour + `|between\s+` + scheduleHour + `\s+and\s+` + scheduleHour + `|` + scheduleHour + `\s+(?:to|until|till)\s+` + scheduleHour + `)`)

// weekdayAlt is the alternation of the days' names, in their order.
const weekdayAlt = `Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday`

// dayOrClockTime answers a time question by the hours of the day it
// names, or else by a clock time (clocktime.go).
func (e *Engine) dayOrClockTime(q *query) (reply, bool) {
	return e.clockTime(q)
}
