package lookup

import "slices"

// The figure of the clause asked about (part of stage 4): coordinated
// clauses each give their own subject its own figure ("his insurance
// premiums climbed 40% and his property taxes rose by $9,000"), the
// subject of a clause being the noun phrase before its verb and the
// clause reaching back to the coordinator that opens it (Quirk et al.
// 1985, §13.1 and §13.5 on clause coordination). A figure whose clause
// holds a word of the question besides the figure's own verb is the
// asked subject's; one whose clause holds only the verb, which every
// clause of the sentence may share, tells another subject's. The rule
// weighs the answers to a question asking the size of a change ("how
// much did it go up"), whose verb of change each clause of a sentence
// of changes repeats; a count's clause may name its noun in a relative
// clause or a gapped clause apart from its verb ("14 dead and 27
// injured"), which numberverb.go and gappedcount.go weigh.

// otherSubjectWeight is what a figure loses when its clause holds no word
// of the question but its verb while an earlier clause holds one: more
// than the preferences of scoreNumber it overrides together, the asked
// kind's point (money before a share) and the point of a verb one link
// from the question's ("rose" for "go up").
const otherSubjectWeight = 3

// otherClauseWeight weighs number n of candidate sentence s as the
// answer to q, a question asking a change (0 for any other): minus
// otherSubjectWeight when n stands in a clause after the first whose
// words hold no matched word but n's verb, while the clauses before hold
// one; 0 otherwise, and always in a sentence of one clause.
func (e *Engine) otherClauseWeight(q *query, s *sentence, matched []int, n quantity) float64 {
	if !e.asksChange(q) {
		return 0
	}
	start := clauseStart(s, n.tok)
	if start == 0 {
		return 0
	}
	end := figureClauseEnd(s, n)
	verbs := append(numberVerbs(s, n), byVerb(s, n)...)
	earlier := false
	for _, m := range matched {
		switch {
		case m >= start && m < end && !slices.Contains(verbs, m):
			return 0 // the clause's own subject or object is asked
		case m < start:
			earlier = true
		}
	}
	if earlier {
		return -otherSubjectWeight
	}
	return 0
}

// toldOfAnother reports whether figure n of s is another subject's: the
// words q matched other than n's verb all stand outside n's clause, and a
// clause holding them repeats n's verb without a figure ("The university
// has offered $60,000, but … a private collector in Arizona has offered
// more" for "how much did the collector offer"). Coordinated clauses give
// each subject its own act (Quirk et al., §13.1, §13.5); the asked
// subject's act is told, its figure is not.
func (e *Engine) toldOfAnother(s *sentence, matched []int, n quantity) bool {
	start, end := clauseStart(s, n.tok), figureClauseEnd(s, n)
	verbs := numberVerbs(s, n)
	if len(verbs) == 0 {
		return false
	}
	outside := false
	for _, m := range matched {
		switch {
		case slices.Contains(verbs, m) || m >= n.tok && m < n.end:
		case m >= start && m < end:
			return false // the clause's own subject or object is asked
		default:
			outside = true
		}
	}
	if !outside {
		return false
	}
	for k := end; k < len(s.toks); k++ {
		for _, v := range verbs {
			if k != v && stemsMeet(s.toks[k].stem, s.toks[v].stem) && !figureAfter(s, k) {
				return true // the act told again, of the asked subject, with no figure
			}
		}
	}
	return false
}

// figureAfter reports whether a figure of s stands within three words
// after token k, the object a repeated verb would take.
func figureAfter(s *sentence, k int) bool {
	return slices.ContainsFunc(s.nums, func(m quantity) bool { return m.tok > k && m.tok <= k+3 })
}

// figureClauseEnd is the end of figure n's clause: the next coordinator
// or complementiser after it ("2,400 of them are rated in poor
// condition" goes on past the figure).
func figureClauseEnd(s *sentence, n quantity) int {
	end := n.end
	for end < len(s.toks) && !clauseJoints[s.toks[end].lower] {
		end++
	}
	return end
}

// amountOfOther reports whether money figure n of candidate c is not the
// amount q asks: the sentence prices another thing (pricedThingMissing)
// or gives the figure to another subject (toldOfAnother).
func (e *Engine) amountOfOther(q *query, c candidate, n quantity) bool {
	s := &e.r.sents[c.s]
	return q.typ == tAmount && (pricedThingMissing(q, s) || e.toldOfAnother(s, c.matched, n))
}
