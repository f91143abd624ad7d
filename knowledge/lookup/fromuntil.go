package lookup

import (
	"strings"
)

// Spans told "from … until …" (part of stage 4, times). English names a
// span of time by its two ends with the paired prepositions "from … to",
// "from … through" and "from … until" or "till" (Quirk et al. 1985,
// §9.36–9.38 on prepositions of time span; AP Stylebook, "through"), so
// "from 10 a.m. Tuesday until 8 p.m. Friday" is one span: its "from" end
// alone says only when it starts, its "until" end alone only when it
// stops, and the question of when or how long it holds is answered by
// both. A question that asks only the start or the end with an aspectual
// verb ("when does it end": Quirk et al., §3.49) keeps the end it asks.

// spanGap is what stands between a span's two ends: a space, or a comma.
var spanGap = lazyRE(`^,?\s+`)

// untilCloser is a time phrase that opens with "until" or "till".
var untilCloser = lazyRE(`(?i)^(?:until|till|til)\s`)

// spanOpener is a "from" time right before the end of the span it opens.
var spanOpener = lazyRE(`(?i)^from\s`)

// spanCloser is the preposition of a time that closes a span.
var spanCloser = lazyRE(`(?i)^(?:until|till|til|through|to)\s`)

// fromUntil extends time phrase ph of s over the other end of the
// "from … until" span it stands in: forward over "until Y" after "from X",
// back over "from X" before "until Y" or "through Y".
func fromUntil(q *query, s *sentence, ph string) string {
	for _, t := range q.toks {
		if aspectualVerbs[t.lower] || aspectualVerbs[t.stem] {
			return ph // "when does the warning end": the end asked
		}
	}
	at := strings.Index(s.text, ph)
	if at < 0 {
		return ph
	}
	if spanOpener.MatchString(ph) {
		end := at + len(phraseBody(ph))
		next := end + len(spanGap.FindString(s.text[end:]))
		for _, sp := range s.times {
			if sp[0] == next && untilCloser.MatchString(s.text[sp[0]:sp[1]]) {
				return s.text[at:sp[1]] // the time phrase holds its "until"
			}
		}
		return ph
	}
	if !spanCloser.MatchString(ph) {
		return ph
	}
	before := strings.TrimRight(s.text[:at], " ,")
	for _, sp := range s.times {
		if sp[1] == len(before) && spanOpener.MatchString(s.text[sp[0]:]) {
			return s.text[sp[0] : at+len(ph)]
		}
	}
	return ph
}
