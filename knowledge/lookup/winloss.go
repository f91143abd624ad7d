package lookup

import "slices"

// A team's or a coach's record asked (part of stage 2, the answer type).
// "What was their record this season", "his overall record": a sports
// record of wins and losses is written as figures with a hyphen, as a
// score is ("finished 2-10", "went 19-41 in five seasons"; AP Stylebook,
// "scores" and "sports": records are given in figures), so the question
// asks for such a figure. "Record" is the head only when nothing but an
// adjunct of time or of the opponent follows it: "the record temperature"
// asks a temperature.

// recordAsked matches a what-question whose subject is headed by
// "record".
var recordAsked = lazyRE(`^\s*(?:what|what's|whats)\s+(?:is\s+|was\s+|were\s+|are\s+)?(?:the\s+|their\s+|his\s+|her\s+|its\s+|our\s+|[a-z]+(?:'s|’s|s'|s’)\s+)?(?:[a-z'’-]+\s+)?record(?:\s+(?:this|last|in|for|against|on|at|overall|now|so)\b[^?]*)?\W*$`)

// writesScore reports whether a sentence of the article writes a score
// or a record in figures ("2-10").
func (e *Engine) writesScore() bool {
	return slices.ContainsFunc(e.r.sents, func(s sentence) bool {
		return slices.ContainsFunc(s.nums, func(n quantity) bool { return n.kind == qScore })
	})
}
