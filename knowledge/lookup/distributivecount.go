package lookup

import (
	"fmt"
	"slices"
)

// A count by the distributive plural (part of stage 4, counts). "About
// 280 workers will lose their jobs" tells 280 jobs lost: a plural subject
// with "their" and a plural noun of what each has one of ("lost their
// homes", "lose their jobs") distributes the noun over the subject's
// members, one each (the distributive plural: Quirk et al. 1985, on
// concord of number, "The children raised their hands"). So "how many
// jobs are lost" is answered by the count of the subject when no number
// counts the jobs themselves.

// distributiveCount answers "how many N" by a count whose noun phrase is
// the subject of a clause with "their N" in it, in the best sentences
// that hold the rest of the question.
func (e *Engine) distributiveCount(q *query) (reply, bool) {
	counted := q.counted()
	if len(counted) == 0 {
		return reply{}, false
	}
	for _, c := range e.heldCandidates(q, e.rank(q, nil), 5) {
		s := &e.r.sents[c.s]
		for k := 1; k < len(s.toks); k++ {
			if s.toks[k-1].lower != "their" || !plural(s.toks[k].lower) || !slices.ContainsFunc(counted, s.toks[k].meets) {
				continue
			}
			for _, n := range s.nums {
				if n.kind != qCount || n.unit == "" || n.end >= k || n.end+10 < k-1 || punctuatedBetween(s.text, s.toks, n.end) {
					continue
				}
				at := hedgeStart(s, n)
				return reply{found: true, head: fmt.Sprintf("%g: %s.", n.value, s.text[s.toks[at].start:s.toks[k].end]), used: []*sentence{s}}, true
			}
		}
	}
	return reply{}, false
}
