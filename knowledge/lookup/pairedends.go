package lookup

import (
	"strings"
)

// A span told by its two ends' verbs (part of stage 4, times). Besides
// "from … to" (fromuntil.go), English gives a span of time by two
// coordinated predicates, an inceptive verb with the time it starts and a
// terminative one with the time it stops: "gates open at 8 a.m. and close
// at 11 p.m.", "the project starts Monday and is scheduled to end June
// 30", "the exhibit opens Saturday and runs through Jan. 31" (Quirk et
// al. 1985, §3.49 on aspectual verbs, §13.5 on coordinated predicates
// sharing one subject). The first time alone says only when it starts;
// a question of the hours or of when it runs is answered by both ends,
// written as the span they bound ("from 8 a.m. to 11 p.m."). A question
// that asks one end with an aspectual verb ("what time do the gates
// close") keeps its end.

// inceptiveBefore is an inceptive verb right before a time phrase.
var inceptiveBefore = lazyRE(`(?i)\b(?:open|opens|opened|reopen|reopens|reopened|start|starts|started|begin|begins|began|kick\s+off|kicks\s+off|kicked\s+off)\s+$`)

// terminativeAfter is what joins a start's time to its end's: "and", the
// operator and the verb of scheduling that may carry the end ("and is
// scheduled to end", "and will close"; AP Stylebook, "scheduled"), and
// the terminative verb, or a verb of lasting before "until" or "through"
// (which the end's time phrase holds). A short complement of the start
// may stand before "and" ("begins Friday with a concert and ends …").
var terminativeAfter = lazyRE(`(?i)^(?:\s+(?:with|at|in)\s+[^,;]{1,60}?)?,?\s+and\s+(?:(?:is|are|was|were|will\s+be)\s+(?:scheduled|expected|set|due|slated|planned)\s+to\s+|will\s+|would\s+)?(?:(?:end|ends|ended|close|closes|closed|finish|finishes|finished|conclude|concludes|concluded|wrap\s+up|wraps\s+up|stop|stops|stopped)\s+|(?P<last>run|runs|ran|last|lasts|lasted|continue|continues|continued|go|goes|went)\s+(?P<through>through\s+)?)`)

// endPreposition is the preposition a time phrase of one end opens with,
// dropped when the end is set in the span "from … to".
var endPreposition = lazyRE(`(?i)^(?:at|on|in|by)\s+`)

// pairedEnds extends time phrase ph of s, the time of an inceptive verb,
// over the time of the terminative verb coordinated with it, or the
// terminative's time back over the inceptive's; ph when it stands in no
// such pair or the question asks one end.
func pairedEnds(q *query, s *sentence, ph string) string {
	if oneEndAsked(q) {
		return ph
	}
	at := strings.Index(s.text, ph)
	if at < 0 {
		return ph
	}
	if span, _, ok := pairedFrom(s, at, at+len(phraseBody(ph))); ok {
		return span
	}
	for _, sp := range s.times {
		if sp[1] > at {
			break
		}
		if span, to, ok := pairedFrom(s, sp[0], sp[0]+len(phraseBody(s.text[sp[0]:sp[1]]))); ok && to >= at-len("through ") && to < at+len(ph) {
			return span // the end found first: its start before it
		}
	}
	return ph
}

// pairedFrom is the span whose start is the time at s.text[start:end],
// after an inceptive verb, and whose end is the time right after the
// terminative verb coordinated with it; with the end's offset in s.text.
// A verb of lasting needs "until" or "through" before its time ("runs
// until midnight"): "runs Monday" tells no end.
func pairedFrom(s *sentence, start, end int) (string, int, bool) {
	if !inceptiveBefore.MatchString(s.text[:start]) {
		return "", 0, false
	}
	m := terminativeAfter.FindStringSubmatchIndex(s.text[end:])
	if m == nil {
		return "", 0, false
	}
	lasting, through := m[2*terminativeAfter.SubexpIndex("last")] >= 0, m[2*terminativeAfter.SubexpIndex("through")] >= 0
	next := end + m[1]
	for _, sp := range s.times {
		if sp[0] > end && sp[0] < next {
			return "", 0, false // another time between: the end is another act's
		}
		if sp[0] != next {
			continue
		}
		from := endOf(phraseBody(s.text[start:end]))
		to := endOf(phraseBody(s.text[sp[0]:sp[1]]))
		switch {
		case through:
			return "from " + from + " through " + to, sp[0], true
		case untilCloser.MatchString(to):
			return "from " + from + " " + to, sp[0], true
		case lasting:
			return "", 0, false
		}
		return "from " + from + " to " + to, sp[0], true
	}
	return "", 0, false
}

// endOf is the time phrase of a span's end without the preposition that
// placed it at one point ("at 11 p.m." → "11 p.m.").
func endOf(ph string) string {
	return endPreposition.ReplaceAllString(ph, "")
}

// oneEndAsked reports whether q asks only one end of a span: an aspectual
// verb ("when does it end"), or "open" or "close" as a verb after
// do-support or a modal ("what time do the gates close"); after a form of
// "be" "open" is the adjective, the state the span holds ("when is it
// open").
func oneEndAsked(q *query) bool {
	be := false
	for _, t := range q.toks {
		switch {
		case aspectualVerbs[t.lower] || aspectualVerbs[t.stem]:
			return true
		case beForms[t.lower] || t.lower == "what" && t.poss:
			be = true
		case openCloseVerbs[t.lower] && !be:
			return true
		}
	}
	return false
}

// openCloseVerbs are the inceptive and terminative verbs of a place's
// hours and their inflections.
var openCloseVerbs = set("open", "opens", "opened", "opening", "reopen", "reopens", "reopened", "close", "closes", "closed", "closing", "shut", "shuts")
