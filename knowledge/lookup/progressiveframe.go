package lookup

import (
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
//
// The same frame is as often told the other way round: the event in the
// main clause and the act in progress in an -ing clause opened by
// "while" or "as" ("Workers found the box while replacing the steps"),
// a participle clause whose subordinator makes it one of time (Quirk et
// al., §15.58 on subordinated -ing clauses; §15.25). Such a sentence
// answers too, and its clause, up to the next comma or the sentence's
// end, is the direct answer.

// progressiveFrameCue is a question asking what someone was doing when,
// as, or while something happened.
var progressiveFrameCue = lazyRE(`\bwhat (was|were) (\S+ ){1,4}doing (when|as|while)\b`)

// framesEvent reports whether s tells an act in the past progressive
// (was or were, then a verb in -ing, with at most an adverb or negation
// between) followed later in the sentence by "when", "as" or "while".
func framesEvent(s *sentence) bool {
	if participleFrame(s) >= 0 {
		return true
	}
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

// participleFrame is the index of the "while" or "as" that opens an -ing
// clause after the sentence's first word ("found the box while replacing
// the steps"), at most an adverb between, or -1.
func participleFrame(s *sentence) int {
	for k := 1; k+1 < len(s.toks); k++ {
		if w := s.toks[k].lower; w != "while" && w != "as" {
			continue
		}
		j := k + 1
		if endsLy(s.toks[j].lower) && j+1 < len(s.toks) {
			j++
		}
		if w := s.toks[j].lower; len(w) > 4 && strings.HasSuffix(w, "ing") {
			return k
		}
	}
	return -1
}

// participleClause is the -ing clause of s's participle frame, from its
// verb to the next comma or the sentence's end, capitalised, or "".
func participleClause(s *sentence) string {
	k := participleFrame(s)
	if k < 0 {
		return ""
	}
	from := s.toks[k+1].start
	end := len(s.text)
	if c := strings.IndexAny(s.text[from:], ",;"); c >= 0 {
		end = from + c
	}
	clause := strings.TrimRight(s.text[from:end], ". ")
	return strings.ToUpper(clause[:1]) + clause[1:]
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
