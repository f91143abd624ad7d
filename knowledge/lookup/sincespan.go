package lookup

import "strings"

// Spans to now (part of stage 4, when-questions). "Since" with the
// perfect names the start of a span that runs up to the time of speaking
// (Quirk et al. 1985, 9.36: "has seen a dozen crashes since 2019"). A
// question asking when "the crash" happened refers to one event by a
// definite singular noun (Quirk et al. 5.26-5.31 on specific reference),
// and a sentence that counts such events in the plural since a time
// speaks of a series, not of it: the question is answered by a sentence
// that dates the act itself ("The crash happened shortly after 6 a.m.")
// before such a span, and by the span only when no sentence does.

// seriesSince reports whether time phrase ph of s is a "since" span of a
// series: q asks of "the NOUN" in the singular and s writes the noun in
// the plural.
func seriesSince(q *query, s *sentence, ph string) bool {
	if !strings.HasPrefix(strings.ToLower(ph), "since ") {
		return false
	}
	for i := 1; i < len(q.toks); i++ {
		if q.toks[i-1].lower != "the" || plural(q.toks[i].lower) {
			continue
		}
		for _, t := range q.terms {
			if t.sameWord(q.toks[i]) && pluralIn(s, t) {
				return true
			}
		}
	}
	return false
}

// pluralIn reports whether s writes term t in the plural.
func pluralIn(s *sentence, t term) bool {
	for _, tok := range s.toks {
		if t.matches(tok) && plural(tok.lower) {
			return true
		}
	}
	return false
}

// firstFound is a when it was found, else b: the first of the answers
// kept back.
func firstFound(a, b reply) reply {
	if a.found {
		return a
	}
	return b
}
