package lookup

import (
	"strings"
)

// Day lists (part of stage 2): "walk me through the week - mon, tue,
// wed?" asks what happened on each day it lists, in its order.

// weekdayRe finds a day of the week, written out or abbreviated as AP
// style abbreviates days in tabular matter (AP Stylebook, "days of the
// week": Mon, Tue, Wed, Thu, Fri, Sat, Sun), with the chat forms "tues",
// "thur" and "thurs".
var weekdayRe = lazyRE(`(?i)\b(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?\b\.?`)

// weekdayNames are the full names by their first three letters.
var weekdayNames = map[string]string{"mon": "Monday", "tue": "Tuesday", "wed": "Wednesday",
	"thu": "Thursday", "fri": "Friday", "sat": "Saturday", "sun": "Sunday"}

// dayList is the days a question lists, in its order, when it lists two
// or more and offers no alternative between them ("monday or tuesday"
// asks a choice); otherwise nil.
func dayList(text string) []string {
	l := strings.ToLower(text)
	if strings.Contains(l, " or ") {
		return nil
	}
	var days []string
	for _, m := range weekdayRe.FindAllStringSubmatch(text, -1) {
		d := weekdayNames[strings.ToLower(m[1])[:3]]
		if !strings.Contains(strings.Join(days, " "), d) {
			days = append(days, d)
		}
	}
	if len(days) < 2 {
		return nil
	}
	return days
}

// byDay answers a day list: what happened on each day, one part each.
// Only a question that asks for events (what happened, walk through,
// run down, timeline) is read so: "how much did it rain monday and
// tuesday" asks a measure, left to the other readings.
func (e *Engine) byDay(text string) (reply, bool) {
	days := dayList(text)
	if days == nil || !eventsAsked.MatchString(text) {
		return reply{}, false
	}
	var out reply
	found := false
	for _, d := range days {
		r := e.solve(e.understand("what happened on "+d, nil))
		found = found || r.found
		out.merge(r)
	}
	return out, found
}

// eventsAsked are the ways a question asks for the events of a time:
// "what happened", "walk me through", "run down", "recap", "timeline".
var eventsAsked = lazyRE(`(?i)\b(?:what (?:happened|went on|occurred)|walk (?:me |us )?(?:thr?u|through)|run ?down|recap|timeline|day by day)\b`)
