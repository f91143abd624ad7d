package lookup

import (
	"strings"
)

// Coordinated times (part of stage 4): "two prior convictions for
// burglary, in 2015 and 2018" dates both convictions by times that
// share one preposition. Conjoined noun phrases share the role of the
// phrase they stand in (Quirk et al., §13.2 on coordination, §13.60 on
// coordinated noun phrases), so the time after "and" is the second half
// of the answer, not another event's, and the first alone answers half.

// timeAnd is "and" joining two times, after an optional comma.
var timeAnd = lazyRE(`^,?\s+and\s+`)

// coordinatedTimes extends time phrase ph of s over a time that "and"
// joins straight on to it ("in 2015 and 2018"), with the "between" that
// opens the two as a range ("made between March 2023 and August 2024":
// the preposition takes both times as one complement, Quirk et al.
// §9.20, and without it the two read as two dates).
func coordinatedTimes(s *sentence, ph string) string {
	joined := joinedTime(s, ph, timeAnd)
	if joined == ph {
		return ph
	}
	if at := strings.Index(s.text, joined); at > 0 && betweenBefore.MatchString(s.text[:at]) {
		return s.text[at-len(betweenBefore.FindString(s.text[:at])):at] + joined
	}
	return joined
}

// oneTimePhrase reports whether the times of s make one time phrase: a
// single time, or two that "and", "to" or "through" join into one
// complement ("between December 2023 and July 2024", "from May to
// August"). Such a sentence dates its one event however far the phrase
// stands from the verb: "observed the planet during four transits, when
// it passed in front of its star, between December 2023 and July 2024".
func oneTimePhrase(s *sentence) bool {
	switch len(s.times) {
	case 1:
		return true
	case 2:
		return timeJoinOnly.MatchString(s.text[s.times[0][1]:s.times[1][0]])
	}
	return false
}

// timeJoinOnly is the whole gap between two times that one phrase joins.
var timeJoinOnly = lazyRE(`^,?\s+(?:and|to|through|thru)\s+$`)

// betweenBefore is "between" right before a time phrase.
var betweenBefore = lazyRE(`(?i)\bbetween\s+$`)

// joinedTime extends time phrase ph of s over the time that join's match
// right after it leads straight on to ("in 2015 and 2018", "July 18
// through July 20"), or returns ph.
func joinedTime(s *sentence, ph string, join *lazyRegexp) string {
	at := strings.Index(s.text, ph)
	if at < 0 {
		return ph
	}
	end := at + len(phraseBody(ph)) // "from 8 a.m. to 8 p.m.": the period is the abbreviation's
	m := join.FindStringIndex(s.text[end:])
	if m == nil {
		return ph
	}
	for _, sp := range s.times {
		if sp[0] == end+m[1] {
			return s.text[at:sp[1]]
		}
	}
	return ph
}
