package lookup

import "slices"

// The subject of a change told goal first (part of stage 4, numbers). AP
// copy gives a change with its new figure first: "rose to $12 from $9",
// "climbed to 2.3 million last year from 1.6 million in 2023"; "to" marks
// the change's destination and "from" its source (Quirk et al., ch. 9,
// prepositions of destination and source; goalfirst.go). Either end
// measures the subject of the verb of change, as the ends of "fell from
// 19 to 11" do (unitOf): "passenger traffic climbed to 2.3 million" counts
// passengers, though no noun follows the figure.

// goalFirstEnd reports whether n is the goal or the source of such a
// change: a source after "from" (goalFirstSource), or the figure after
// "to" that the next figure of its measure is the source of.
func goalFirstEnd(s *sentence, n quantity) bool {
	if goalFirstSource(s, n) {
		return true
	}
	if tokenBefore(s, n.tok) != "to" {
		return false
	}
	for _, m := range s.nums {
		if m.tok > n.tok && m.kind == n.kind && sameMeasure(m, n) {
			return goalFirstSource(s, m)
		}
	}
	return false
}

// changeEnd reports whether n is an end of a change s reports: one
// changeOf answers with the other end ("from 19 to 11"), or one told goal
// first. A figure after "by" is the size of the change, not an end
// ("fell by about 200 to 5,100").
func changeEnd(s *sentence, n quantity) bool {
	return (changeOf(s, n) != n.text || goalFirstEnd(s, n)) && byVerb(s, n) == nil
}

// changedCountBetween reports whether a figure with a noun of its own
// stands between the question's counted word and bare change figure n:
// the change is then that figure's ("the volunteers tallied 41,600
// individual birds, a drop of about 3,000 from a year ago": 3,000 birds,
// not volunteers). A noun phrase in apposition names what the phrase
// just before it names (Quirk et al. 1985, §17.65), so the drop measures
// the count it follows, not the clause's subject.
func (e *Engine) changedCountBetween(q *query, s *sentence, n quantity) bool {
	for _, m := range s.nums {
		if m.kind != qCount || m.unit == "" || m.end > n.tok || e.unitMatch(m, q.counted()) >= 0 {
			continue
		}
		if !slices.ContainsFunc(s.toks[m.end:n.tok], func(t token) bool { return slices.ContainsFunc(q.focus, t.meets) }) {
			return true
		}
	}
	return false
}

// changeGoal reports whether n is the level a verb of change reaches,
// told after "to" with the size of the change first ("crashes rose by 12
// last year to 47"): "to" after a verb of change marks its destination
// (Quirk et al. 1985, §9.15 and §9.61), so 47 is how many crashes there
// were, as the new figure of "fell from 19 to 11" is. The verb stands in
// the same clause, before "to" and after no comma.
func (e *Engine) changeGoal(s *sentence, n quantity) bool {
	k := beforeApproximators(s, n)
	if k < 1 || s.toks[k].lower != "to" {
		return false
	}
	for j := k - 1; j >= 0 && !commaBetween(s, j, j+1); j-- {
		if _, ok := e.changeDirection(s.toks[j].lower); ok && e.canBe(e.baseVerb(s.toks[j].lower), "verb") && !s.toks[j].cap {
			return true
		}
	}
	return false
}

// sizeBeforeGoal reports whether n is the size of a change given after
// "by" with the level reached right after it ("raised the pass by $10 to
// $114"): the level, not the size, answers a question that asks no
// change.
func sizeBeforeGoal(s *sentence, n quantity) bool {
	if byVerb(s, n) == nil {
		return false
	}
	for _, m := range s.nums {
		if m.tok > n.tok && m.kind == n.kind && tokenBefore(s, m.tok) == "to" && beforeApproximators(s, m) == n.end {
			return true
		}
	}
	return false
}
