package lookup

// A question in the past asks of an act already done (part of stage 4,
// where- and when-questions), the converse of futureFirst: "where was it
// held" is not answered by "Next year's tournament will be held in
// Chicago" while "The tournament, held at the Georgia World Congress
// Center, drew 96 teams" tells the act done. The past auxiliary places
// the question's act before the time of speaking (Quirk et al.,
// §4.11–4.14), and a future modal or a verb of schedule places the
// sentence's after it (§4.42–4.48), so a sentence in future time tells
// another occasion of the act and answers only when none other does.

// asksPastAct reports whether q's first auxiliary or copula is a past
// form ("did", "was", "were") with no future modal before it.
func asksPastAct(q *query) bool {
	for _, t := range q.toks {
		switch t.lower {
		case "did", "was", "were", "didnt", "wasnt", "werent":
			return true
		case "will", "would", "do", "does", "is", "are", "has", "have", "going":
			return false
		}
	}
	return false
}

// pastFirst moves the candidates that tell the matched act in future
// time (datesFuture) behind the others, each group in rank order, when
// the question asks of the past.
func (e *Engine) pastFirst(q *query, cands []candidate) []candidate {
	if !asksPastAct(q) {
		return cands
	}
	future, past := e.splitFuture(cands)
	return append(past, future...)
}
