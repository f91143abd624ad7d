package lookup

import (
	"slices"
	"strings"
)

// An act under consideration (part of stage 5, yes and no). "Pinewood
// said it was reviewing its options, including an appeal" tells an
// appeal weighed, not one decided: a verb of deliberation takes the act
// as a thing thought about, and asserts neither that it will be done
// nor that it won't. The verbs are those of WordNet 3.0's synsets
// {consider, debate, moot, turn over, deliberate, …} "think about
// carefully; weigh", {weigh, consider}, {study, consider}, {mull, mull
// over, ruminate, …}, {contemplate}, {explore}, {evaluate, pass judgment,
// judge} and {review, reappraise, reassess, …}, in the forms news copy
// writes.

// considerVerbs are those verbs' forms.
var considerVerbs = set("consider", "considers", "considering", "considered", "weigh", "weighs", "weighing", "weighed",
	"mull", "mulls", "mulling", "mulled", "deliberate", "deliberating", "contemplate", "contemplating", "contemplated",
	"explore", "explores", "exploring", "explored", "evaluate", "evaluating", "evaluated",
	"review", "reviews", "reviewing", "reviewed", "study", "studying", "debate", "debating")

// consideredOnly reports whether every matched token of s after its
// first verb of deliberation stands in what that verb weighs, within
// eight words, with no verb of another clause between (a comma and
// "including" may: "reviewing its options, including an appeal"); the
// words before the verb are its subject and the attribution ("The
// county said it was weighing …").
func consideredOnly(s *sentence, matched []int) bool {
	v := slices.IndexFunc(s.toks, func(t token) bool { return considerVerbs[t.lower] })
	if v < 0 || !deliberationVerbAt(s, v) {
		return false
	}
	in := false
	for _, m := range matched {
		switch {
		case m <= v:
		case consideredAt(s, m):
			in = true
		default:
			return false
		}
	}
	return in
}

// consideredAt reports whether token m follows a verb of deliberation
// within eight words, past its object and an "including" or "such as"
// that lists what the object holds.
func consideredAt(s *sentence, m int) bool {
	for k := m - 1; k >= 0 && k >= m-8; k-- {
		w := s.toks[k].lower
		if considerVerbs[w] {
			return true
		}
		if commaBetween(s, k, k+1) && s.toks[k+1].lower != "including" && s.toks[k+1].lower != "such" {
			return false
		}
		if w == "and" || w == "but" || w == "that" || auxiliaries[w] {
			return false
		}
	}
	return false
}

// deliberationVerbAt reports whether the word at k is used as a verb: a participle
// in -ing or -ed, or a form after an auxiliary, a modal or "to" ("a
// study of 900 adults found" has the noun "study").
func deliberationVerbAt(s *sentence, k int) bool {
	w := s.toks[k].lower
	if strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") {
		return true
	}
	if k == 0 {
		return false
	}
	p := s.toks[k-1].lower
	return auxiliaries[p] || modalAux[p] || p == "to"
}
