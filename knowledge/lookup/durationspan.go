package lookup

import (
	"strings"
)

// "In" or "within" before a span of time, said of the past, measures how
// long something took or the period in which things are counted ("reached
// the wreckage within about 10 minutes", "the second fatal crash at the
// airport in three years"), an adjunct of duration (Quirk et al., §8.58,
// and §9.37 on "in" and "within" with periods); only of the future does
// "in three years" place an event, counting from now ("will reopen in
// two weeks"). A when-question in the past is therefore not answered by
// such a span.

// inSpan matches a time phrase that is "in" or "within" and a span.
var inSpan = lazyRE(`(?i)^(?:in|within)\s+` + lengthOfTimeRe)

// pastQuestion are the operators of a question about the past (Quirk et
// al., §3.37, the do-construction; the past forms of "be" and "have").
var pastQuestion = set("did", "didn't", "was", "wasn't", "were", "weren't", "had")

// dropDurationSpans keeps, for a question about the past, the time spans
// of s that are no "in/within" span of duration.
func dropDurationSpans(q *query, s *sentence, spans [][]int) [][]int {
	spans = keepSpans(spans, func(sp []int) bool { return !forDuration(s, sp) })
	past := false
	for _, t := range q.toks {
		past = past || pastQuestion[t.lower]
	}
	if !past {
		return spans
	}
	return keepSpans(spans, func(sp []int) bool { return !inSpan.MatchString(strings.TrimSpace(s.text[sp[0]:sp[1]])) })
}

// lengthOfTimeRe is a length of time: a figure or a number word, with a
// hedge before it, and a unit of time ("about five hours", "two weeks").
const lengthOfTimeRe = `(?:about\s+|roughly\s+|nearly\s+|almost\s+|more\s+than\s+|less\s+than\s+|just\s+|over\s+)?(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a\s+few)(?:\s+to\s+\d+)?\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\b`

// lengthOfTime opens a phrase with a length of time.
var lengthOfTime = lazyRE(`(?i)^` + lengthOfTimeRe)

// forDuration reports whether time span sp of s is a length of time
// after "for": "deliberated for about five hours before returning
// guilty verdicts" says how long, not when (Quirk et al. 1985, §9.41 on
// "for" of duration), so it answers no when-question, whatever follows
// the length.
func forDuration(s *sentence, sp []int) bool {
	before := strings.Fields(s.text[:sp[0]])
	return len(before) > 0 && strings.EqualFold(before[len(before)-1], "for") && lengthOfTime.MatchString(strings.TrimSpace(s.text[sp[0]:sp[1]]))
}
