package lookup

// "What happened with the override?" asks the fate of a proposal put to a
// vote, which news copy tells with a verb of result: a motion is
// "adopted", "carried" or "passed", or it "fails" or is "defeated" or
// "rejected" (Robert's Rules of Order, 12th ed., §4:41–4:47; outcome.go).
// Of the sentences that hold the question, the one among the best three
// that tells the proposal's result answers it, ahead of one that only
// names the proposal ("The council met Monday night to try to override
// the veto") or uses its verb of another act ("The council overrode one
// of the earlier two"). The result may open the next sentence, its subject
// "it" or the proposal's noun again ("… offered an amendment that would
// have let students keep phones …" "The amendment failed 19-31."), and a
// question that describes the proposal in words of its own ("the
// amendment to let kids keep phones") still asks its fate, so any
// candidate that holds the question is read, whatever share of its words
// it holds.

// proposalFate answers "what happened with/to X" with the sentence, among
// the three best that hold the question, that tells X's result.
func (e *Engine) proposalFate(q *query) (reply, bool) {
	for rank, c := range e.rank(q, func(s *sentence) bool { return s.part == "" }) {
		if rank > 2 {
			break
		}
		if !e.holds(q, c) || len(c.matched) == 0 {
			continue
		}
		if r, ok := e.resultTold(c); ok {
			return reply{found: true, used: r.used}, true
		}
	}
	return reply{}, false
}
