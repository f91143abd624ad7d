package lookup

import (
	"fmt"
	"strings"
)

// "Voters rejected a levy for the third time": "for the Nth time" tells
// that the act has now happened N times (Quirk et al. 1985, §8.61 on
// adjuncts of frequency; an ordinal with "time" numbers the occasions,
// WordNet 3.0, time n.1, "an instance or single occasion"). "How many
// times have voters rejected a levy" is answered by N from the sentence
// that holds the rest of the question.

// nthTimeRe is "for the Nth time" with an ordinal in words or figures.
var nthTimeRe = lazyRE(`(?i)\bfor the (first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(?:st|nd|rd|th)) (?:straight |consecutive |successive )?time\b`)

// nthTimeCount answers "how many times" from the best sentence holding
// every other word of the question with "for the Nth time".
func (e *Engine) nthTimeCount(q *query) (reply, bool) {
	if !occasionsAsked(q) {
		return reply{}, false
	}
	has := func(s *sentence) bool { return nthTimeRe.MatchString(s.text) }
	for _, c := range e.rank(q, has) {
		if c.coverage < 0.999 && !e.holdsAllBut(q, c, "times") {
			continue
		}
		s := &e.r.sents[c.s]
		m := nthTimeRe.FindStringSubmatch(s.text)
		w := strings.ToLower(m[1])
		n, ok := ordinalWords[w]
		if !ok {
			fmt.Sscanf(w, "%f", &n)
		}
		if n < 1 {
			continue
		}
		return reply{found: true, head: fmt.Sprintf("%g (%s).", n, strings.TrimSpace(m[0])), used: []*sentence{s}}, true
	}
	return reply{}, false
}

// holdsAllBut reports whether candidate c holds every term of q other
// than the word skip.
func (e *Engine) holdsAllBut(q *query, c candidate, skip string) bool {
	s := &e.r.sents[c.s]
	for _, t := range q.terms {
		if t.lower == skip || len(termAt(s, t)) > 0 {
			continue
		}
		return false
	}
	return len(q.subjects) == 0 || c.subjects >= len(q.subjects)
}
