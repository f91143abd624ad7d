package lookup

import (
	"strings"
	"unicode"
)

// An earlier occasion (part of stage 5, yes/no): "has Corvane had a
// recall before" asks about an occasion earlier than the story's own
// event. "Before", "previously" and "earlier" closing a clause are
// adjuncts of time relationship that place the act before the time of
// reference, here the news (Quirk et al. 1985, §8.64 and §8.113); news
// writing places such an occasion by an earlier year ("recalled a line
// of fans in 2019") or an adverb of anteriority ("previously", "ago").
// The story's own event, which holds the same words ("The recall
// covers …"), is not the earlier occasion asked about.

// priorAdverbs close a question about an earlier occasion.
var priorAdverbs = set("before", "previously", "earlier")

// anteriorWords date an act before the story's time: the adverbs of
// anteriority and "ago" (Quirk et al. 1985, adjuncts of time relationship).
var anteriorWords = set("previously", "formerly", "ago", "once", "earlier")

// priorOccasion answers a yes/no question closed by "before" from the
// best sentence that holds it and dates its act before the story's time:
// a year earlier than the latest the article names, or an adverb of
// anteriority. ok is false when no such sentence holds the question.
func (e *Engine) priorOccasion(q *query) (reply, bool) {
	if !asksPriorOccasion(q) {
		return reply{}, false
	}
	latest := e.latestYear()
	c, ok := e.best(q, func(s *sentence) bool { return datesBefore(s, latest) })
	if !ok || c.coverage < 0.75 || c.subjects < len(q.subjects) {
		return reply{}, false
	}
	return e.verdictOn(q, c, false), true
}

// asksPriorOccasion reports whether q's last word is a prior adverb:
// closing the clause, "before" is an adverb, not a preposition.
func asksPriorOccasion(q *query) bool {
	for i := len(q.toks) - 1; i > 0; i-- {
		if w := q.toks[i].lower; strings.ContainsFunc(w, unicode.IsLetter) {
			return priorAdverbs[w]
		}
	}
	return false
}

// latestYear is the latest calendar year any sentence of the article
// names, or 0.
func (e *Engine) latestYear() int {
	latest := 0
	for i := range e.r.sents {
		for _, t := range e.r.sents[i].toks {
			latest = max(latest, yearOf(t))
		}
	}
	return latest
}

// datesBefore reports whether s names a year before latest, and none
// that is latest, or holds an adverb of anteriority.
func datesBefore(s *sentence, latest int) bool {
	earlier := false
	for _, t := range s.toks {
		if anteriorWords[t.lower] {
			return true
		}
		if y := yearOf(t); y == latest {
			return false
		} else if y > 0 {
			earlier = true
		}
	}
	return earlier
}
