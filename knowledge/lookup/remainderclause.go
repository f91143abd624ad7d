package lookup

// The remainder told without its figure (part of stage 4, amounts). A
// sentence of sums often closes with a coordinated clause that names
// where the rest of a whole came from without giving its figure
// ("Insurance covered $1.3 million of the $5.8 million project, and the
// rest came from a bank loan"): the figures before the coordinator are
// the first clause's subject's (Quirk et al. 1985, §13.5 on clause
// coordination), and "the rest" is what the reader must subtract. A
// question asking the amount of what only that clause names is not
// answered by those figures.

// remainderNouns name what is left of a whole: WordNet 3.0, remainder.n.01
// ("something left after other parts have been taken away": remainder,
// balance, residual, residue, residuum, rest).
var remainderNouns = set("remainder", "balance", "residual", "residue", "residuum", "rest")

// remainderOnlyAsked reports whether every matched word of s stands in a
// clause after figure n that a coordinator opens with a remainder noun as
// its subject ("and the rest came from a bank loan") and that holds no
// figure of its own: the question asks the remainder's source, whose
// amount the sentence leaves unsaid.
func remainderOnlyAsked(s *sentence, matched []int, n quantity) bool {
	if len(matched) == 0 {
		return false
	}
	for k := n.end; k+1 < len(s.toks); k++ {
		if !clauseJoints[s.toks[k].lower] {
			continue
		}
		j := k + 1
		if determiners[s.toks[j].lower] && j+1 < len(s.toks) {
			j++
		}
		if !remainderNouns[s.toks[j].lower] {
			continue
		}
		for _, m := range matched {
			if m <= j {
				return false // the figure's own clause is asked too
			}
		}
		for _, t := range s.toks[j+1:] {
			if isNumeric(t) {
				return false // "the rest, $400,000, came from a loan"
			}
		}
		return true
	}
	return false
}

// figureOfOther reports whether number n of candidate c counts something
// other than what q asks, by the grammar around it: a measure where a
// fused count is asked (measureForFusedCount), or the sum of the clause
// before a figureless remainder's (remainderOnlyAsked).
func figureOfOther(q *query, c candidate, s *sentence, n quantity) bool {
	return measureForFusedCount(q, n) || remainderOnlyAsked(s, c.matched, n)
}
