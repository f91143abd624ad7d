package lookup

// The "and" of "between X and Y" (part of stage 4, clauseStart): "between" takes two
// coordinated noun phrases as one complement (Quirk et al. 1985, 9.20 on
// "between", 13.1 on coordination), so its "and" joins the two ends of
// one prepositional phrase, not two clauses. "Police closed Route 1
// between Bath and Wiscasset for six hours" is one clause, and the six
// hours are how long the road was closed; split at "and", the duration
// stood in a clause with no verb.

// betweenAnd reports whether token k of s, an "and", joins the
// complement of a "between" a few words before it in the same stretch of
// text: no punctuation, no other "and" and no verb-like break between.
func betweenAnd(s *sentence, k int) bool {
	if s.toks[k].lower != "and" {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		if punctuatedBetween(s.text, s.toks, j+1) {
			return false
		}
		switch s.toks[j].lower {
		case "between":
			return true
		case "and", "but", "or", "while":
			return false
		}
	}
	return false
}
