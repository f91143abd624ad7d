package lookup

import (
	"regexp"
	"strings"
)

// Progressive frames (part of stage 4, passages): "what was Beale doing
// when he found out" asks for the act in progress around an event. English
// tells such an act in the past progressive with a when-clause of the
// event it framed ("he was teaching a class when he learned …"): the
// progressive places a situation in progress around a point, and the
// when-clause supplies that point (Quirk et al., §4.27–4.28, the
// progressive as temporal frame; §15.25, when-clauses of time). The
// sentence so written answers the question before one that merely shares
// its words ("'I found out from a parent,' Beale said").

// progressiveFrameCue is a question asking what someone was doing when,
// as, or while something happened.
var progressiveFrameCue = regexp.MustCompile(`\bwhat (was|were) (\S+ ){1,4}doing (when|as|while)\b`)

// framesEvent reports whether s tells an act in the past progressive
// (was or were, then a verb in -ing, with at most an adverb or negation
// between) followed later in the sentence by "when", "as" or "while".
func framesEvent(s *sentence) bool {
	for k := 0; k < len(s.toks); k++ {
		if !pastBe[s.toks[k].lower] {
			continue
		}
		for j := k + 1; j < len(s.toks) && j <= k+2; j++ {
			w := s.toks[j].lower
			if len(w) > 4 && strings.HasSuffix(w, "ing") {
				return clauseOfTimeAfter(s, j)
			}
			if !endsLy(w) && !negations[w] && w != "still" {
				break
			}
		}
	}
	return false
}

// clauseOfTimeAfter reports whether a subordinator of time (when, as,
// while) follows token k of s.
func clauseOfTimeAfter(s *sentence, k int) bool {
	for _, t := range s.toks[k+1:] {
		if t.lower == "when" || t.lower == "while" || t.lower == "as" {
			return true
		}
	}
	return false
}

// progressiveFrame answers "what was X doing when …" with the best
// sentence that tells an act in progress framing an event, if one holds
// the question.
func (e *Engine) progressiveFrame(q *query) (candidate, bool) {
	if !progressiveFrameCue.MatchString(strings.ToLower(q.raw)) {
		return candidate{}, false
	}
	return e.best(q, framesEvent)
}
