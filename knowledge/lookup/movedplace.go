package lookup

import "strings"

// Moved places (part of stage 4): where a thing is after a move.

// movedGoal reads place phrase ph, found in s for a "where" question
// that asks neither a source nor an earlier time, as the source of a
// movement whose goal s also names ("will move from Riverside Park to the
// county fairgrounds"): "from" marks where the thing was and "to" where it
// goes (Quirk et al., A Comprehensive Grammar, §9.15), so the goal
// answers where it is. It reports the goal, "" when the question already
// names it or its entity (the source is then no answer either), and whether ph is such
// a source.
func (e *Engine) movedGoal(q *query, s *sentence, ph string) (string, bool) {
	raw := strings.ToLower(q.raw)
	if !strings.HasPrefix(strings.ToLower(ph), "from ") || sourceQuestion.MatchString(raw) || asksEarlier(q) {
		return "", false
	}
	m := goalPhrase.FindStringSubmatchIndex(s.text)
	if m == nil || !strings.Contains(s.text[m[0]:m[1]], ph) {
		return "", false
	}
	goal := strings.TrimRight(s.text[m[2]:m[3]], ",")
	if e.inQuestion(q, goal) || e.namesSubject(q, goal) {
		return "", true
	}
	return goal, true
}

// namesSubject reports whether phrase names an entity the question asks
// about ("the fairgrounds" for "the Clay County Fairgrounds").
func (e *Engine) namesSubject(q *query, phrase string) bool {
	xs, _ := e.entitiesIn(tokenize(phrase))
	for _, x := range xs {
		if contains(q.subjects, x) {
			return true
		}
	}
	return false
}

// asksEarlier reports whether a question holds an adverb of anteriority
// ("where was it before", "where was it originally held"): it asks the
// earlier state, the source of a move (Quirk et al. §8.64).
func asksEarlier(q *query) bool {
	for _, t := range q.toks {
		if priorWords[t.lower] || t.lower == "originally" || t.lower == "formerly" {
			return true
		}
	}
	return false
}
