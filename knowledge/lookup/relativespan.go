package lookup

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

// deicticSpanIn is the deictic and the span of each "this year", "next
// week", "last season" in toks, keyed by span.
func deicticSpanIn(toks []token) map[string]string {
	out := map[string]string{}
	for i := 1; i < len(toks); i++ {
		if deicticWords[toks[i-1].lower] && deicticSpans[toks[i].lower] {
			out[toks[i].lower] = toks[i-1].lower
		}
	}
	return out
}

// otherDeicticSpan reports whether s places the act in another span of
// the same unit than q asks ("next year" for "this year") and never in
// the one asked.
func otherDeicticSpan(q *query, s *sentence) bool {
	asked := deicticSpanIn(q.toks)
	if len(asked) == 0 {
		return false
	}
	told := deicticSpanIn(s.toks)
	for span, d := range asked {
		if t, ok := told[span]; ok && t != d {
			for i := 1; i < len(s.toks); i++ {
				if s.toks[i-1].lower == d && s.toks[i].lower == span {
					return false // "from 12 last year to 20 this year": both spans told
				}
			}
			return true
		}
	}
	return false
}
