package lookup

import "strings"

// The event asked about as the object of a verb of causing (part of stage
// 4, reasons). "What caused X" and "what led to X" put X where the
// article's answer puts it: "Heavy rains led to the runoff" holds the
// question's own frame with the cause as its subject, the congruent
// answer to the question (question–answer congruence: Krifka, "For a
// structured meaning account of questions and answers", 2001; the
// causative verbs and "lead to" of Quirk et al., §16.52), while a sentence
// that only names X beside some other word of cause (a lead whose "cause"
// is another event's) answers it less directly. So among the sentences
// that hold as much of the question as the best one, the first with a
// matched word as the object of a verb of causing answers first.

// objectCausingVerbs take the effect as their object ("caused the
// spill", "triggered the alarm"; "led" and "leads" with "to").
var objectCausingVerbs = set("cause", "causes", "caused", "causing", "triggered", "triggers",
	"prompted", "prompts", "led", "leads", "leading")

// causedObjectHolds reports whether a matched token of s is the object of
// an unquoted verb of causing: within the four words after the verb (after
// its "to" for "lead"), before any comma; a passive's "by" phrase holds
// the cause, not the object.
func causedObjectHolds(s *sentence, matched []int) bool {
	for i, t := range s.toks {
		if !objectCausingVerbs[t.lower] || s.quoted[i] || causeNounAt(s, i) {
			continue
		}
		k := i + 1
		if k < len(s.toks) && s.toks[k].lower == "by" {
			continue // the passive "delays caused by the landslide": what follows is the cause (causedby.go)
		}
		if strings.HasPrefix(t.lower, "lead") || t.lower == "led" {
			if k >= len(s.toks) || s.toks[k].lower != "to" {
				continue
			}
			k++
		}
		for j := k; j < len(s.toks) && j < k+4; j++ {
			if commaBefore(s, j) {
				break
			}
			if contains(matched, j) {
				return true
			}
		}
	}
	return false
}

// causedObjectAmong is, for a question asking "what caused X", the first
// ranked candidate that holds the question with the best one's coverage
// and has a matched word as the object of a verb of causing.
func (e *Engine) causedObjectAmong(q *query) (candidate, bool) {
	if !asksCauseThing(q.raw) {
		return candidate{}, false
	}
	best, found := 0.0, false
	for _, c := range e.rank(q, nil) {
		if !e.holds(q, c) || !e.holdsAWordItself(q, &e.r.sents[c.s]) || toldAsCausedByAgent(&e.r.sents[c.s], c.matched) {
			continue
		}
		if !found {
			best, found = c.coverage, true
		}
		if c.coverage >= best && causedObjectHolds(&e.r.sents[c.s], c.matched) {
			return c, true
		}
	}
	return candidate{}, false
}
