package lookup

// "How long did it take to get him out once they found him": a clause of
// time after the main clause, opened by "once", "after", "when" or
// "since", places the start of the duration asked at an event the
// asker takes as known (Quirk et al., §15.25 on the subordinators of
// time and §14.38 on presupposed, given information in subordinate
// clauses). The duration is the main clause's; the clause of time names
// only its anchor, whose own sentence ("They found Amsel on a ledge")
// tells no duration of the act asked. So a "how long" question's terms
// are those of its main clause, and the anchor's words are left out of
// the search, unless nothing else would be left.

// anchorSubordinators open a clause of time that sets the start of a
// span (Quirk et al., §15.25).
var anchorSubordinators = set("once", "after", "when", "since")

// mainClauseTerms drops from q's terms, in a "how long" question, the
// words that stand only in a clause of time after its main clause. A
// subordinator right after "how long" ("how long after the call") makes
// the whole question an interval and is left alone.
func mainClauseTerms(q *query) []term {
	if q.measure != "long" {
		return q.terms
	}
	k := 1
	for k < len(q.toks) && !(q.toks[k].lower == "long" && q.toks[k-1].lower == "how") {
		k++
	}
	j := k + 2
	for j < len(q.toks) && !anchorSubordinators[q.toks[j].lower] {
		j++
	}
	if j >= len(q.toks) {
		return q.terms
	}
	main := map[string]bool{}
	for _, t := range q.toks[:j] {
		main[t.stem] = true
	}
	anchor := map[string]bool{}
	for _, t := range q.toks[j+1:] {
		anchor[t.stem] = true
	}
	var out []term
	for _, t := range q.terms {
		if !anchor[t.stem] || main[t.stem] {
			out = append(out, t)
		}
	}
	if len(out) == 0 {
		return q.terms
	}
	return out
}
