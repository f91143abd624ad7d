package lookup

import "strings"

// Yes and no (stage 5): a deictic time adjunct is part of the proposition
// asked (Quirk et al. 1985, §8.51 on adjuncts of time span and §6.40 on
// "this", "next" and "last" with nouns of time), so "will the plant close
// this year" asks of this year, and a sentence telling the act "next
// year" denies it for the year asked: the act is told, at another time.
// The spans are the calendar's units and the seasons; the deictics are
// the three that place a span against the day of writing.

// deicticSpans are the nouns a deictic places against the day of
// writing: the calendar's units (numbertime.go's spanUnits) and the four
// seasons.
var deicticSpans = set("day", "week", "month", "quarter", "year", "decade", "season", "spring", "summer", "fall", "autumn", "winter")

// deicticWords place a span against the day of writing.
var deicticWords = set("this", "next", "last")

// deicticSpansIn are the deictic spans toks write, as "next year".
func deicticSpansIn(toks []token) map[string]bool {
	out := map[string]bool{}
	for i := 1; i < len(toks); i++ {
		if deicticWords[toks[i-1].lower] && deicticSpans[toks[i].lower] {
			out[toks[i-1].lower+" "+toks[i].lower] = true
		}
	}
	return out
}

// otherDeicticSpan reports whether s places the act in another span of
// the same unit than q asks ("next year" for "this year") and never in
// the one asked ("from 12 last year to 20 this year" tells both).
func otherDeicticSpan(q *query, s *sentence) bool {
	told := deicticSpansIn(s.toks)
	for asked := range deicticSpansIn(q.toks) {
		d, span, _ := strings.Cut(asked, " ")
		if told[asked] {
			continue
		}
		for other := range deicticWords {
			if other != d && told[other+" "+span] {
				return true
			}
		}
	}
	return false
}
