package lookup

// A when-question in the past asks the time of an act already done (part
// of stage 4, when-questions): "when did the board vote on fares" is not
// answered by "The board will vote on his pay at its next meeting, on May
// 19" while "It voted in March to raise fares" tells the act done. The
// past auxiliary "did" places the question's act before the time of
// speaking, and a future modal or verb of schedule places the sentence's
// after it (Quirk et al. 1985, §4.11–4.14 and §4.42–4.48), so a time
// dating an act still to come is another occasion of the act. pastFirst
// (pastfirst.go) orders where-questions so; pastWhenFirst does the same
// for the time asked, after futureFirst, which orders a question of the
// future the other way.

// pastWhenFirst moves, for a when-question whose first auxiliary is a
// past form (asksPastAct), the candidates telling the matched act in
// future time behind the others (pastFirst).
func (e *Engine) pastWhenFirst(q *query, cands []candidate) []candidate {
	return e.pastFirst(q, cands)
}
