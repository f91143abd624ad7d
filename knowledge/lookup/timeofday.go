package lookup

import (
	"strings"
)

// "What time" asks a time of day (AP Stylebook, "time of day"; "a.m.,
// p.m."): a clock time, or a part of the day a lead gives in its place
// ("early Saturday", "Tuesday night"). A month, a year or a span is no
// time of day, and a sentence that gives only one dates something else
// as often as the act asked ("passed an inspection in August" for "what
// time did the bus crash"), so such an answer is refused.

// dayPart matches a part of the day: the nouns of the day's parts
// (WordNet 3.0, the hyponyms of "time of day") and the lead's "early" or
// "late" before a day ("early Saturday", AP Stylebook, "days of the
// week"), and a game's clock ("with 2:13 left", "in the 76th minute").
var dayPart = lazyRE(`(?i)\b(?:morning|afternoon|evening|night|overnight|tonight|noon|midnight|` + dayParts + `)\b|` + `\d:\d\d|\bminute\b|\b(?:early|late)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)\b`)

// timeOfDay answers a when-question as time does, and a what-time
// question only with a clock time, a part of the day or a game's clock.
func (e *Engine) timeOfDay(q *query) (reply, bool) {
	r, ok := e.time(q)
	if !ok || !r.found || !clockAsked.MatchString(strings.ToLower(q.raw)) || isClockTime(r.head) || dayPart.MatchString(r.head) || scheduleItem.MatchString(r.head) {
		return r, ok
	}
	return reply{}, false // "what time did it crash": not "In three years"
}
