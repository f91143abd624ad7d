package lookup

import ()

// Date ranges (part of stage 4): an event that spans days is dated by its
// first and last day joined by "through" or "to" ("July 18 through July
// 20"; AP Stylebook, "through": use it for a span of dates), so the whole
// span answers when it is held, and its first day alone is half the answer.

// rangeJoin is the preposition between the two ends of a span of dates.
var rangeJoin = lazyRE(`^,?\s+(?:through|thru|to)\s+`)

// dateRange extends time phrase ph of s over the time after "through" or
// "to" that closes its span, unless the question asks only the start or
// the end with an aspectual verb ("when does the festival begin": Quirk
// et al., §3.49).
func dateRange(q *query, s *sentence, ph string) string {
	if m := movedDate(s, ph); m != "" {
		return m // "pushed … from Aug. 26 to Sept. 3": no span, a change
	}
	for _, t := range q.toks {
		if aspectualVerbs[t.lower] || aspectualVerbs[t.stem] {
			return ph
		}
	}
	return hyphenDays(s, joinedTime(s, ph, rangeJoin)) // "Sept. 19-21"
}
