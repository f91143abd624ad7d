package lookup

// A margin asked for (part of stage 4): WordNet's noun "margin" in its
// sense "an amount beyond the minimum necessary; 'the margin of victory'"
// is an amount, and news writing gives the margin of a contest as a count
// of its units ("won by 41 votes", "a margin of 1,087 votes", "by three
// strokes"), not only as a tally written "34-16" (AP Stylebook, "vote
// tabulations" and "scores"). So a question that asks for the margin
// accepts a count as well as a tally.

// asksMargin reports whether the question asks by the noun "margin".
func asksMargin(q *query) bool {
	for _, t := range q.toks {
		if t.lower == "margin" || t.lower == "margins" {
			return true
		}
	}
	return false
}

// marginInVotes reads a question asking for the margin, in an article
// that counts votes, as asking how many votes: quantityOf asks it only
// when no tally written "34-16" answers, so the margin is then a count of
// votes ("won by 41 votes").
func (e *Engine) marginInVotes(q *query) *query {
	if q.typ != tScore || len(q.focus) > 0 || !asksMargin(q) || !e.r.vocab["votes"] {
		return q
	}
	c := *q
	c.typ, c.focus = tCount, []string{stemOf("votes")}
	return &c
}
