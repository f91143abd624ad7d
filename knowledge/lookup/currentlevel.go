package lookup

import "slices"

// The level now (part of stage 2, terms, and stage 3, ranking numbers).
// "How much is the new fare" asks the level a change reached: news
// writing tells it as the change's goal ("voted to raise the fare by 25
// cents to $3.25") and seldom writes "new" beside it. An adjective that
// places the noun in time (new, current, present, latest: Quirk et al.
// 1985, §7.36 on adjectives of time) says which level is asked, not what
// the sentence is about.

// currentWords are the adjectives of time that ask the present level.
var currentWords = set("new", "current", "present", "latest")

// currentAsked reports whether q, a question of an amount, places its
// noun in the present with an adjective of time before it ("the new
// fare", "current pay"). A count's "new" is another word: "how many new
// cases" asks the ones added, not a level.
func currentAsked(q *query) bool {
	if !numericType[q.typ] || q.typ == tCount {
		return false
	}
	for i := 0; i+1 < len(q.toks); i++ {
		if currentWords[q.toks[i].lower] && !q.toks[i].cap {
			return true
		}
	}
	return false
}

// currentGiven marks the adjective of time of a question of an amount as
// given: it ranks, but no sentence must hold it ("the new fare": "raise
// the fare … to $3.25"), and its WordNet neighbours ("fresh") are no
// time. Only when another term is in the article.
func currentGiven(q *query) []term {
	if !currentAsked(q) {
		return q.terms
	}
	out := slices.Clone(q.terms)
	anchored := false
	for i, t := range out {
		if currentWords[t.lower] {
			out[i].given, out[i].known, out[i].alts, out[i].phrases, out[i].weak = true, true, nil, nil, false
		} else if t.known && !t.weak {
			anchored = true
		}
	}
	if !anchored {
		return q.terms
	}
	return out
}

// currentWeight weighs figure n of s for a question of the present level
// (currentAsked): the level a change reached (+1), not the one it
// started from (-1).
func (e *Engine) currentWeight(q *query, s *sentence, n quantity) float64 {
	switch {
	case !currentAsked(q):
		return 0
	case e.changeGoal(s, n) || changeEnd(s, n) && !e.changeStart(s, n):
		return 1
	case e.changeStart(s, n):
		return -1
	}
	return 0
}
