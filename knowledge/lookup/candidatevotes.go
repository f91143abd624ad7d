package lookup

import "strings"

// A candidate's votes (part of stage 4, counts). An election story gives
// each candidate's votes by the candidate's name: the winner's as the
// subject's object ("Ruiz received 61,220 votes"), the runner-up's after
// "to" with "for" and the name ("61,220 votes to 48,905 for
// Hendricks"), another's in a phrase after the name ("Lois Baca, drawing
// 7,610"; AP Stylebook, "election returns"). So "how many votes did X
// get" is answered by the figure the name owns: the one right before
// "for X", else the first after X's name in its clause, past an age set
// off by commas (AP Stylebook, "ages").

// candidateVotes answers "how many votes did X get" for the one entity X
// the question names.
func (e *Engine) candidateVotes(q *query) (reply, bool) {
	if len(q.subjects) != 1 || strandedPreposition(q) {
		return reply{}, false // "how many votes did Diaz win by": the margin (winmargin.go)
	}
	x := q.subjects[0]
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if s.part != "" || !contains(s.named, x) || !e.writesVotes(s) {
			continue
		}
		for k := range s.toks {
			w := e.formAt(s, x, k)
			if w == 0 {
				continue
			}
			if v := ownedVotes(s, k, k+w); v != "" {
				if !strings.Contains(v, "vote") {
					v += " votes"
				}
				return reply{found: true, head: capitalise(v) + ".", used: []*sentence{s}}, true
			}
		}
	}
	return reply{}, false
}

// writesVotes reports whether s counts votes: "votes" follows one of its
// figures.
func (e *Engine) writesVotes(s *sentence) bool {
	for _, n := range s.nums {
		if (n.kind == qCount || n.kind == qScore) && (strings.HasPrefix(n.unit, "vote") || n.end < len(s.toks) && strings.HasPrefix(s.toks[n.end].lower, "vote")) {
			return true
		}
	}
	return false
}

// ownedVotes is the count the name at tokens [a, b) of s owns: the one
// right before "for" and the name, else the first after the name in its
// clause (a tally's first figure), past an age set off by commas, with no
// other name between; "" when it owns none.
func ownedVotes(s *sentence, a, b int) string {
	for _, n := range s.nums {
		if n.kind == qCount && a >= 2 && s.toks[a-1].lower == "for" && n.end == a-1 {
			return hedged(s, n) // "61,220 votes to 48,905 for Hendricks"
		}
	}
	for _, n := range s.nums {
		if n.kind != qCount && n.kind != qScore || n.tok < b || n.tok > b+6 {
			continue
		}
		if strings.ContainsAny(s.text[s.toks[b-1].end:s.toks[n.tok].start], ";") || capitalisedBetween(s, b, n.tok) {
			return ""
		}
		if n.kind == qScore {
			first, _, _ := strings.Cut(n.text, " ")
			return first // "received 61,220 votes to 48,905": the first figure is the subject's
		}
		return hedged(s, n)
	}
	return ""
}

// capitalisedBetween reports whether a capitalised word, another name,
// stands in s between tokens from and to.
func capitalisedBetween(s *sentence, from, to int) bool {
	for j := from; j < to; j++ {
		if s.toks[j].cap {
			return true
		}
	}
	return false
}
