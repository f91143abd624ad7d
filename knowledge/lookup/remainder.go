package lookup

import (
	"slices"
	"strings"
)

// Totals told as a remainder (part of stage 4). News writing gives a
// total in the lead and breaks it down later: "eliminating 640 jobs"
// and then "About 280 workers will lose their jobs on Jan. 17, and the
// remaining 360 will leave by the end of March." "The remaining N" and
// "the other N" name the rest of a group another count in the sentence
// began (Quirk et al., §6.56 and §7.39 on "other" and the determiner of
// the rest), so the two counts are parts and their sum is the group; a
// question that does not name what sets a part apart (its time) asks
// the group, which the article states where it gives that sum.

// remainderWords are the premodifiers that name the rest of a group.
var remainderWords = set("remaining", "other")

// remainderPair is the other part of the breakdown n belongs to in s: a
// count after "the remaining" or "the other", with the last count
// before it in the sentence; ok is false when n is in no such pair.
func remainderPair(s *sentence, n quantity) (quantity, bool) {
	for i, m := range s.nums {
		if i == 0 || m.kind != qCount || m.tok < 2 || !remainderWords[s.toks[m.tok-1].lower] || s.toks[m.tok-2].lower != "the" {
			continue
		}
		k := i - 1
		for k > 0 && s.nums[k].kind != qCount {
			k-- // past a date ("on Jan. 17")
		}
		p := s.nums[k]
		if p.kind != qCount {
			continue
		}
		switch n.tok {
		case m.tok:
			return p, true
		case p.tok:
			return m, true
		}
	}
	return quantity{}, false
}

// wholeOfParts answers with the article's statement of the group that
// n of s and its remainder make up: the first count, in article order,
// whose value is their sum, stated outside a quotation. A question naming
// a time asks a part, and gets none, as does one naming the part's own
// verb (remainderact.go).
func (e *Engine) wholeOfParts(q *query, s *sentence, n quantity) (reply, bool) {
	m, ok := remainderPair(s, n)
	if !ok || len(askedTimes(q)) > 0 || timeWordAsked(q, s) || n.value <= 0 || m.value <= 0 {
		return reply{}, false
	}
	sum := n.value + m.value
	for i := range e.r.sents {
		t := &e.r.sents[i]
		if t.part != "" {
			continue // the headline restates the body
		}
		for _, w := range t.nums {
			if w.kind == qCount && w.value == sum && !quoted(t, w) {
				if e.partActAsked(q, s, n, m, t, w) {
					return reply{}, false // "how many were released": the other 11, not the 14 rescued (remainderact.go)
				}
				return reply{found: true, head: capitalise(hedged(t, w)) + ".", used: []*sentence{t, s}}, true
			}
		}
	}
	return reply{}, false
}

// timeWordAsked reports whether the question holds a word of one of the
// time expressions of s ("on jan 17" for "on Jan. 17"), which sets one
// part of a breakdown apart from the other.
func timeWordAsked(q *query, s *sentence) bool {
	for _, sp := range s.times {
		for _, t := range s.toks {
			if t.start < sp[0] || t.end > sp[1] || stopWords[t.lower] {
				continue
			}
			k := strings.TrimSuffix(t.lower, ".")
			if slices.ContainsFunc(q.toks, func(w token) bool { return strings.TrimSuffix(w.lower, ".") == k }) {
				return true
			}
		}
	}
	return false
}
