package lookup

import (
	"slices"
	"strings"
)

// The count that what continues is said of (part of stage 4, in
// scoreNumber). A story about a group that shrinks gives, in one
// sentence, the group's size, the number that went and the number that
// is left: "Only 71 of the 138 riders who started are still in the race
// after 14 riders abandoned", "Of the mall's 4,200 parking spaces, about
// 1,000 remain open", "The remaining 13 were still hospitalized". A
// question that asks what holds on ("how many are still in the race",
// "how many are left", "how many remain open") asks the count that the
// adverb or copula of continuing is predicated of (Quirk et al., A
// Comprehensive Grammar of the English Language, 1985, §8.88 on "still";
// §16.21 on the current copulas "remain", "stay"; WordNet 3.0 remain.v.01
// "stay the same; remain in a certain state", leave.v.02 in "be left",
// "stay behind"), not the whole ("the 138 riders") nor the part that went.
// The count is the subject of that predicate: the last count before it
// in its clause, the part of a partitive rather than its whole ("nine of
// the 64 people aboard were still missing": nine); or a count the
// premodifier "remaining" or the phrase "down to" sets as the rest ("the
// remaining 13", "is down to two"); or one "left" postmodifies ("two
// days left").

// asksContinuing reports whether q asks what holds on: it holds a word of
// continuation (continuing.go), or "left" after a form of "be" ("how many
// are left") or closing the question ("how many does it have left"),
// where "left" is the participle of remaining, not the past of
// departing ("how many left the company").
func asksContinuing(q *query) bool {
	if marksContinuing(q.toks, false) {
		return true
	}
	for i, t := range q.toks {
		if t.lower == "left" && (i == len(q.toks)-1 || i > 0 && beForms[q.toks[i-1].lower]) {
			return true
		}
	}
	return false
}

// continuingCount reports whether count n of s is the one the sentence
// says holds on (continuingAt).
func continuingCount(s *sentence, n quantity) bool {
	_, ok := continuingAt(s, n)
	return ok
}

// continuingAt is the index of the word of s that says count n holds on:
// a word of continuation in a predicate n is the subject of
// (continuingPredicate), or, for a count "remaining" or "down to" sets
// as the rest ("the remaining 13", "is down to two"), n's last word; ok
// is false when s says no such thing of n.
func continuingAt(s *sentence, n quantity) (int, bool) {
	if n.kind != qCount || n.whole || measureOf(n.unit) != "" || inOfPhrase(s, n) {
		return 0, false
	}
	if j, ok := continuingPredicate(s, n); ok {
		return j, true
	}
	i := n.tok - 1
	for i >= 0 && approximators[s.toks[i].lower] {
		i--
	}
	if i >= 0 && (s.toks[i].lower == "remaining" || i > 0 && s.toks[i].lower == "to" && s.toks[i-1].lower == "down") {
		return n.end - 1, true
	}
	return 0, false
}

// continuingPredicate is the index of the word of continuation that
// follows n in its clause before any other count but n's own whole:
// "still", "remain", "stay" (continuingStems), or "left" straight after
// n's noun phrase or after a form of "be"; ok is false when none does.
func continuingPredicate(s *sentence, n quantity) (int, bool) {
	for j := n.end; j < len(s.toks); j++ {
		t := s.toks[j]
		if clauseJoints[t.lower] || t.lower == ";" || t.lower == ":" {
			return 0, false
		}
		if m, ok := countAt(s, j); ok && m.kind == qCount {
			if !m.whole || !n.part {
				return 0, false
			}
			j = m.end - 1 // "nine of the 64 people": past the whole
			continue
		}
		if t.lower == "left" && (j == n.end || beForms[s.toks[j-1].lower]) || marksContinuing([]token{t}, false) {
			return j, true
		}
	}
	return 0, false
}

// predicateAsked reports whether the first content word after word j of
// s, the word saying a count holds on, is one of q's terms other than a
// word of continuation: the state that holds on is the one asked ("nine
// … were still missing" for "how many are still missing"; not "14
// boats remain on the lake looking for the missing").
func predicateAsked(q *query, s *sentence, j int) bool {
	for _, t := range s.toks[j+1:] {
		switch {
		case clauseJoints[t.lower]:
			return false
		case stopWords[t.lower] || approximators[t.lower] || isNumeric(t) || t.lower == "left" || marksContinuing([]token{t}, false):
			continue
		}
		return slices.ContainsFunc(q.terms, func(tm term) bool { return tm.matches(t) })
	}
	return false
}

// inOfPhrase reports whether n stands in an of-phrase after its
// determiners ("Of the company's three ferries, only one …"): the set a
// partitive takes its part from, not the part (Quirk et al. 1985, §5.9).
func inOfPhrase(s *sentence, n quantity) bool {
	i := n.tok - 1
	for i >= 0 && (determiners[s.toks[i].lower] || possessiveDeterminers[s.toks[i].lower] || strings.HasSuffix(s.toks[i].lower, "'s")) {
		i--
	}
	return i >= 0 && i < n.tok-1 && s.toks[i].lower == "of"
}

// continuingUnit is unitOf for a count of what holds on that has no noun
// of its own, unit as found so far: the numeral leaves out the head of
// the count of the group before it in the sentence (Quirk et al. 1985,
// §12.42 on ellipsis of the head after a numeral: "Of the mall's 4,200
// parking spaces, about 1,000 remain open", "once had 14 restaurants, is
// down to two"), so it counts that count's noun. With no such count in
// the sentence, the noun left out is an earlier sentence's, and the
// numeral, the subject of the very state asked (predicateAsked: "Fewer
// than 150 still work there"), counts those the question asks of.
func (e *Engine) continuingUnit(q *query, s *sentence, n quantity, unit int) int {
	if unit != 0 || n.unit != "" || q.typ != tCount || !asksContinuing(q) || !continuingCount(s, n) {
		return unit
	}
	for k := len(s.nums) - 1; k >= 0; k-- {
		if m := s.nums[k]; m.tok < n.tok && m.kind == qCount && m.unit != "" {
			return e.unitMatch(m, q.counted())
		}
	}
	if j, _ := continuingAt(s, n); predicateAsked(q, s, j) {
		return 1 // "Fewer than 150 still work there" for "how many people still work there": the subject of the asked predicate
	}
	return unit
}

// restOfShare reports whether best is the count of what holds on of a
// group its sentence gives as an owner's share ("Of the mall's 4,200
// parking spaces, about 1,000 remain open"), the numeral leaving out the
// share's noun; the rest then answers, not the share.
func (e *Engine) restOfShare(q *query, best, share *numberPick) bool {
	s := &e.r.sents[best.c.s]
	return best.c.s == share.c.s && best.n.unit == "" && q.typ == tCount && asksContinuing(q) && continuingCount(s, best.n)
}

// countAt is the count of s that begins at token j; ok is false when
// none does.
func countAt(s *sentence, j int) (quantity, bool) {
	for _, m := range s.nums {
		if m.tok == j {
			return m, true
		}
	}
	return quantity{}, false
}

// continuingCountWeight is 3 for the count s says holds on when q asks
// what holds on, 4 when what s says holds on is what q asks
// (predicateAsked), and -1 for another count of a sentence that has one.
func continuingCountWeight(q *query, s *sentence, n quantity) float64 {
	if q.typ != tCount || !asksContinuing(q) {
		return 0
	}
	if j, ok := continuingAt(s, n); ok && predicateAsked(q, s, j) {
		return 4
	} else if ok {
		return 3
	}
	for _, m := range s.nums {
		if m.tok != n.tok && continuingCount(s, m) {
			return -1
		}
	}
	return 0
}
