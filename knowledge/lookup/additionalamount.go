package lookup

import (
	"slices"
	"strings"
)

// An additional amount (part of stage 4, numbers). "How much more snow"
// with no "than" asks what is to be added, not a difference: "more"
// there is the determiner of an additional quantity (Quirk et al. 1985,
// §5.25 on "more" and §6.55 on "another" with a numeral: "another 4
// inches" is four more). News writing marks such a figure by "another"
// or "additional" before it ("another 4 to 6 inches could fall", "an
// additional 200 workers") or "more" after it ("12 more inches"), so the
// figure so marked answers, and the figure of the amount so far does not.

// additionalCue matches "how much/many more N" with no "than" after.
var additionalCue = lazyRE(`^\W*how (?:much|many) more\b`)

// asksAdditional reports whether q asks an additional amount: "more"
// determines a noun ("how much more snow"); before an adjective it is the
// comparative's ("how much more expensive"), which asks a difference.
func (e *Engine) asksAdditional(q *query) bool {
	l := strings.ToLower(q.raw)
	if !additionalCue.MatchString(l) || strings.Contains(l, " than ") {
		return false
	}
	for i := 2; i+1 < len(q.toks); i++ {
		if q.toks[i].lower == "more" {
			w := q.toks[i+1].lower
			return e.canBe(w, "noun") && !e.canBe(w, "adj") && !auxiliaries[w] && !stopWords[w]
		}
	}
	return false
}

// additionalFigure reports whether figure n of s is marked as added:
// "another" or "additional" before it (past approximators), "more" right
// after it or its unit.
func additionalFigure(s *sentence, n quantity) bool {
	if k := beforeApproximators(s, n); k >= 0 && (s.toks[k].lower == "another" || s.toks[k].lower == "additional") {
		return true
	}
	for _, k := range []int{n.tok + 1, n.end} {
		if k < len(s.toks) && s.toks[k].lower == "more" && !punctuatedBetween(s.text, s.toks, k) {
			return k+1 >= len(s.toks) || s.toks[k+1].lower != "than" // "12 more inches", not "12 more than last year"
		}
	}
	return false
}

// additionalAmount answers "how much more N" with the marked additional
// figure of the best sentences that hold the question and count what it
// asks; ok is false when none gives one.
func (e *Engine) additionalAmount(q *query, kinds []quantityKind) (reply, bool) {
	if !e.asksAdditional(q) {
		return reply{}, false
	}
	for rank, c := range e.rank(q, nil) {
		if rank > 4 {
			break
		}
		s := &e.r.sents[c.s]
		if c.subjects < len(q.subjects) || slices.ContainsFunc(q.terms, func(t term) bool { return t.known && !s.hasTerm(t) }) {
			continue // every word of the question the article knows, in the sentence: "is left" it may word otherwise ("remain")
		}
		for _, n := range s.nums {
			if kindIn(n.kind, kinds) && additionalFigure(s, n) && (e.unitMatch(n, q.counted()) >= 0 || measureOf(n.unit) != "" || countedAfterMore(s, n, q)) {
				return e.numberReply(q, &numberPick{c: c, n: n}), true
			}
		}
	}
	return reply{}, false
}

// countedAfterMore reports whether the noun after "more" following bare
// figure n is the one q counts: "12 more workers".
func countedAfterMore(s *sentence, n quantity, q *query) bool {
	k := n.end + 1
	return n.unit == "" && k < len(s.toks) && s.toks[n.end].lower == "more" && slices.ContainsFunc(q.counted(), s.toks[k].meets)
}
