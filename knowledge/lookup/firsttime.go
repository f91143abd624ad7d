package lookup

import (
	"strings"
)

// "For the first time" says an act had no earlier occasion: news writing
// marks a first so ("won the cup for the first time in club history",
// "the first-ever strike"). Asked whether the act happened before, the
// article's answer is no; asked whether it was the first time, yes.

// firstOccasionRe is a phrase that makes an act its subject's first.
var firstOccasionRe = lazyRE(`(?i)\bfor the first time\b|\bfirst-ever\b|\bnever before\b`)

// priorWords ask about an earlier occasion of the act (Quirk et al. 1985,
// §8.64 and §8.113 on "before", "ever" and "previously" as adjuncts of
// time relationship).
var priorWords = set("before", "ever", "previously", "prior", "earlier")

// firstOccasion answers a yes/no question about an earlier occasion ("has
// harbor city won the cup before") from a sentence that holds the question
// and calls the act the first: no. Asked whether it was "the first
// time", yes.
func (e *Engine) firstOccasion(q *query) (reply, bool) {
	prior, first := false, false
	for i, t := range q.toks {
		prior = prior || priorWords[t.lower] && i > 0
		first = first || t.lower == "first" && i+1 < len(q.toks) && q.toks[i+1].lower == "time" || t.lower == "first-ever"
	}
	if !prior && !first {
		return reply{}, false
	}
	c, ok := e.best(q, func(s *sentence) bool { return firstOccasionRe.MatchString(s.text) || prior && firstInSpan(s) })
	if !ok || c.coverage < 0.75 || c.subjects < len(q.subjects) || e.denies(&e.r.sents[c.s], c.matched) {
		return reply{}, false
	}
	s := &e.r.sents[c.s]
	if first && !prior {
		return reply{found: true, head: "Yes —", used: []*sentence{s}}, true
	}
	phrase := strings.ToLower(firstOccasionRe.FindString(s.text))
	if phrase == "" {
		return reply{found: true, head: "No —", used: []*sentence{s}}, true
	}
	return reply{found: true, head: "No — the article says it happened " + phrase + ":", used: []*sentence{s}}, true
}
