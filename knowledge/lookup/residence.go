package lookup

import (
	"strings"
)

// Where a person lives (part of stage 4, places): news writing identifies
// a person by name, age and the town they live in, "Ruth Blackhorse, 71,
// of Browning" (the AP style of identification: the "of" phrase after a
// name gives the person's hometown, where they live), so "where does she live" is answered by it when no
// sentence names a place of the living itself ("she lives 64 miles from
// the county seat"). Where a person was born or grew up is not where they
// live, so the biography's origin does not answer. A possessive before
// a relation noun ("where does his brother live") asks about the
// relative, not the possessor (Quirk et al. 1985, §5.115), as
// homeSubjects reads it for "where is his brother from".

// residenceQuestion asks where someone lives.
var residenceQuestion = lazyRE(`\b(live|lives|living|reside|resides)\b`)

// residence answers a where-question about a person's living from the
// "of" or "from" phrase after their name.
func (e *Engine) residence(q *query) (reply, bool) {
	if !residenceQuestion.MatchString(strings.ToLower(q.raw)) {
		return reply{}, false
	}
	home := func(rest string) string {
		if m := homeRe.FindStringSubmatch(rest); m != nil {
			return m[1]
		}
		return e.unknownHometown(rest) // "Edna Hollister of Emporia" (unknownhometown.go)
	}
	read := func(s *sentence, end int) string { return home(s.text[end:]) }
	if p, s := e.atNameEndOf(e.homeSubjects(q), read); s != nil { // "where does his brother live": the brother (possessedhome.go)
		return reply{found: true, head: endSentence(p), used: []*sentence{s}}, true
	}
	return reply{}, false
}
