package lookup

// Counts in clauses of their own (part of stage 4): a partitive whose
// part refers back by "of them" to a count in an earlier clause.

// themClauseWeight weighs the two counts of a partitive whose part refers
// back by "of them" or "of those" to the count of an earlier clause
// (numbers.go, partOfThem): "More than 200 people packed the meeting, and
// 41 of them spoke". Each count is an argument of its own clause's verb
// (Quirk et al., §13.1 on coordinated clauses, §6.18 on the anaphoric
// pronoun), so what the question says of the earlier clause ("how many
// people showed up to the meeting") is said of the whole, not of the
// part counted by the later clause's verb. When the question's words
// stand between the whole and the part and none after "of them", the
// whole answers (+2, against the partitive's weight for a question that
// predicates something) and the part does not (-2); otherwise 0.
func themClauseWeight(c candidate, s *sentence, n quantity) float64 {
	whole, part, ok := themPair(s, n)
	if !ok {
		return 0
	}
	between, after := false, false
	for _, k := range c.matched {
		switch {
		case k >= whole.end && k < part.tok:
			between = between || !stopWords[s.toks[k].lower]
		case k >= part.end+2:
			after = true
		}
	}
	switch {
	case !between || after:
		return 0
	case n.tok == whole.tok:
		return 2
	default:
		return -2
	}
}

// themPair is the whole and the part of the "of them" partitive of s that
// n is one of; ok is false when n is neither.
func themPair(s *sentence, n quantity) (whole, part quantity, ok bool) {
	for i, m := range s.nums {
		if !m.part || m.end+1 >= len(s.toks) || s.toks[m.end].lower != "of" {
			continue
		}
		if w := s.toks[m.end+1].lower; w != "them" && w != "those" {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			if w := s.nums[j]; w.whole {
				if n.tok == w.tok || n.tok == m.tok {
					return w, m, true
				}
				break
			}
		}
	}
	return quantity{}, quantity{}, false
}
