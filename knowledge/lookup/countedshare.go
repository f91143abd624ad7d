package lookup

import "slices"

// A share answering "how many" (part of stage 4): "Fentanyl was found in
// 81% of the deaths" answers "how many deaths had fentanyl" with the
// share, as the article gives no count of them. "How many" asks the size
// of a subset of a plural count noun, which news writing often gives as
// a proportion of the whole ("81% of the deaths", "three of every four
// deaths"; AP Stylebook, "percent", "ratios"); the partitive of-phrase
// names the whole the share is of (Quirk et al., §5.9).

// countedShare answers a "how many" question with the share of the
// counted noun told in the best sentence when that sentence holds every
// term of the question and the count found (best) stands in a sentence
// holding fewer: the count of the whole is not the count of the part.
// The sentence must name every subject the question names, as a count
// must (bestNumbers): "Reyes had 52.4 percent of the vote" is no share
// of a third candidate's.
func (e *Engine) countedShare(q *query, best *numberPick) (reply, bool) {
	if q.typ != tCount || len(q.focus) == 0 {
		return reply{}, false
	}
	has := func(s *sentence) bool {
		return slices.ContainsFunc(s.nums, func(n quantity) bool { return shareOfFocus(q, s, n) >= 0 })
	}
	cands := e.rank(q, has)
	if len(cands) == 0 || cands[0].coverage < 1 || cands[0].subjects < len(q.subjects) || best != nil && best.c.coverage >= 1 {
		return reply{}, false
	}
	s := &e.r.sents[cands[0].s]
	for _, n := range s.nums {
		if h := shareOfFocus(q, s, n); h >= 0 {
			return reply{found: true, head: capitalise(s.text[s.toks[numeralStart(s.toks, n.tok)].start:s.toks[h].end]) + ".", used: []*sentence{s}}, true
		}
	}
	return reply{}, false
}

// shareOfFocus is the index of the head of the noun phrase whose share
// n of s gives when that head is the noun the question counts: "of" and
// a noun phrase ("81% of the deaths"), or the group a ratio is of ("three
// of every four deaths"); -1 when n is no such share.
func shareOfFocus(q *query, s *sentence, n quantity) int {
	if n.kind != qPercent || n.end >= len(s.toks) {
		return -1
	}
	k := n.end
	if s.toks[k].lower == "of" {
		k++
	}
	for ; k < len(s.toks) && !punctuatedBetween(s.text, s.toks, k); k++ {
		t := s.toks[k]
		if determiners[t.lower] || possessiveDeterminers[t.lower] {
			continue
		}
		if slices.ContainsFunc(q.focus, func(f string) bool { return stemsMeet(f, t.stem) }) {
			return k
		}
		return -1
	}
	return -1
}
