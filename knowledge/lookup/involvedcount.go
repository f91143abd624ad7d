package lookup

// The predicate of participation in a count question (part of stage 2):
// "how many draft picks are involved" asks what "how many draft picks are
// there" asks. "Involved" (WordNet 3.0, adjective sense 1: "connected by
// participation or association or use") predicates of what is counted
// only that it takes part in what the story tells, which every thing a
// story counts does; an article gives the figure without the word ("a
// trade that also sends two first-round draft picks to Atlanta"), so its
// absence says nothing. Used predicatively after "be" or as a
// postmodifier ("how many cars involved"), the participle adds no
// restriction of its own (Quirk et al. 1985, §7.15 on participial
// adjectives; §17.98 on postmodifying -ed clauses).

// participationAdjectives are the forms of WordNet 3.0's adjective
// "involved" (sense 1, "connected by participation") a count question
// uses of its counted noun.
var participationAdjectives = set("involved")

// participationFrame reports whether question word i is "involved"
// predicated of the noun a how-many question counts, when the article
// never writes the word.
func (e *Engine) participationFrame(q *query, i int) bool {
	if q.typ != tCount || !participationAdjectives[q.toks[i].lower] || e.known(q.toks[i]) {
		return false
	}
	for k := i - 1; k > 0; k-- {
		if q.toks[k].lower == "many" && q.toks[k-1].lower == "how" {
			return true // "how many picks (are) involved": the count's own noun phrase and predicate
		}
	}
	return false
}

// unwrittenFrame reports whether question word i, which the article never
// writes, predicates no more than the question's type asks: "located" in
// a where-question (positionframe.go), "involved" in a how-many one, "top"
// before an agent noun in a who-question (rankamplifier.go).
func (e *Engine) unwrittenFrame(q *query, i int) bool {
	return e.positionFrame(q, i) || e.participationFrame(q, i) || e.rankAmplifier(q, i)
}
