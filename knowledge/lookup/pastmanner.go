package lookup

// Past manner (part of stage 4): "how did the board vote" asks how an act
// already done was done.

// pastActFirst moves behind the others the candidates that tell the
// asked act as still to come ("The board will vote in June"), each group
// in rank order, when a manner question asks in the past tense ("how
// did", "how was", "how were", "how had"): the past auxiliary puts the
// act before now (Quirk et al., §4.11 on the simple past), and a sentence
// telling it after a future modal or a verb of intention or schedule
// (datesFuture) does not tell how it was done. futureFirst is its mirror
// for when-questions about what is to come.
func (e *Engine) pastActFirst(q *query, cands []candidate) []candidate {
	if !asksPastManner(q) {
		return cands
	}
	var told, done, ahead []candidate
	for _, c := range cands {
		s := &e.r.sents[c.s]
		switch {
		case datesFuture(s, c.matched):
			ahead = append(ahead, c)
		case tallyAfterVerb(s, c.matched):
			told = append(told, c)
		default:
			done = append(done, c)
		}
	}
	return append(append(told, done...), ahead...)
}

// tallyAfterVerb reports whether a matched word of s, outside a
// quotation, is followed straight on by a tally ("voted 4-3", "won 6-3"):
// news writing gives how a vote or a match went as the tally adjunct
// right after its verb (AP Stylebook, "vote tabulations": "The House
// voted 230-205"), so such a sentence tells the manner a past-tense
// "how did the board vote" asks, ahead of one that only names the act
// ("Vance, who voted against it").
func tallyAfterVerb(s *sentence, matched []int) bool {
	for _, n := range s.nums {
		if n.kind == qScore && n.tok > 0 && contains(matched, n.tok-1) && !quotedAt(s, n.tok-1) {
			return true
		}
	}
	return false
}

// asksPastManner reports whether the question opens "how" before a past
// auxiliary.
func asksPastManner(q *query) bool {
	for i := 0; i+1 < len(q.toks); i++ {
		if q.toks[i].lower == "how" {
			switch q.toks[i+1].lower {
			case "did", "was", "were", "had":
				return true
			}
			return false
		}
	}
	return false
}
