package lookup

// A count of none. English states a count of zero with the negative
// determiner "no" before the counted noun ("No deaths have been
// reported"; Quirk et al., §5.11, §10.58: "no" is the negative of the
// cardinal numbers and of "some"). So when the sentence that best answers
// "how many N V" negates the asked thing by "no" and holds no number, the
// answer is none, not a number from a weaker sentence about something
// else ("Two firefighters were hurt" for "how many firefighters died").

// noneCounted answers a "how many" question with none when its best
// candidate says "no X", X a word of the question, and holds no number of
// the kinds asked.
func (e *Engine) noneCounted(q *query, kinds []quantityKind) (reply, bool) {
	if q.typ != tCount || q.measure != "" {
		return reply{}, false
	}
	cands := e.rank(q, nil)
	if len(cands) == 0 || len(q.subjects) > 0 && cands[0].subjects == 0 {
		return reply{}, false
	}
	c := cands[0]
	s := &e.r.sents[c.s]
	for _, n := range s.nums {
		if kindIn(n.kind, kinds) {
			return reply{}, false
		}
	}
	for k := 0; k+1 < len(s.toks); k++ {
		if s.toks[k].lower != "no" {
			continue
		}
		// "no deaths", "no serious injuries": the determiner, then the
		// counted noun itself or after one modifier
		for j := k + 1; j <= k+2 && j < len(s.toks); j++ {
			if contains(c.matched, j) && (!inFocus(q.focus, s.toks[j].stem) || predicateMet(q, s, c)) {
				return reply{found: true, head: "None.", used: []*sentence{s}}, true
			}
		}
	}
	return reply{}, false
}

// predicateMet reports whether candidate c, whose "no" negates the very
// noun the question counts ("No worker was injured" for "how many
// workers"), also holds a word of the question outside that noun: the
// negative determiner says none of the noun did what its own clause says
// (Quirk et al., §10.58), so it answers only a question of that
// predication, not "how many workers were there" nor "how many workers
// were on the job".
func predicateMet(q *query, s *sentence, c candidate) bool {
	for _, k := range c.matched {
		if !inFocus(q.focus, s.toks[k].stem) {
			return true
		}
	}
	return false
}
