package lookup

// "The first X in its history", "the first positive test of her
// career", "the first time she has called off shows": the ordinal
// "first", limited by a phrase that names the span it counts over (a
// history, a career, a number of years) or by a clause telling the act
// ("the first time … has …"), says no earlier X fell within that span
// (Quirk et al. 1985, §5.22 on the ordinals, §17.19 on a postmodifier
// that restricts a superlative or ordinal head). News writing marks a
// first so as often as with "for the first time" (firsttime.go); asked
// whether the act happened before, the article's answer is no.

// spanNouns name a stretch of time over which a first is counted: the
// nouns of a life or an institution's existence and the plural units of
// the calendar (AP Stylebook, "history", "career"; the calendar units
// of times.go).
const spanNouns = `history|career|life|lifetime|tenure|existence|years|decades|centuries|seasons|months`

// firstInSpanRe is "first" followed, within one clause, by "in" or "of"
// and up to six words ending in a span noun, or "the first time" with
// the clause that tells the act.
var firstInSpanRe = lazyRE(`(?i)\bfirst\b[^,.;:]*?\b(?:in|of)\s+(?:\S+\s+){0,6}?(?:` + spanNouns + `)\b|\bthe first time\s+\w+\s+(?:has|had|have|was|were|is)\b`)

// notFirstRe is a first denied ("not the first time"), which says the
// act had an earlier occasion.
var notFirstRe = lazyRE(`(?i)\bnot\s+(?:the|its|his|her|their|our)\s+first\b`)

// firstInSpan reports whether s calls an act or thing the first within
// a span of time, or the first time its subject did it.
func firstInSpan(s *sentence) bool {
	return firstInSpanRe.MatchString(s.text) && !notFirstRe.MatchString(s.text)
}

// asksBefore reports whether q asks about an earlier occasion: a prior
// word after its first ("has she won before", "did he ever").
func asksBefore(q *query) bool {
	for i, t := range q.toks {
		if priorWords[t.lower] && i > 0 {
			return true
		}
	}
	return false
}

// firstNoEarlier reports whether the sentence chosen to answer a question
// about an earlier occasion calls the act the first in its span: the
// answer is no, whatever else the sentence holds.
func firstNoEarlier(q *query, s *sentence) bool {
	return asksBefore(q) && (firstInSpan(s) || firstOccasionRe.MatchString(s.text))
}

// orderDenies reports whether s answers q no by an order of rank or of
// time: a superlative held by another (superlativeholder.go), or a first
// where an earlier occasion was asked.
func (e *Engine) orderDenies(q *query, s *sentence, asked []string) bool {
	return e.superlativeOfOther(q, s, asked) || firstNoEarlier(q, s)
}
