package lookup

// Which of coordinated sums a question asks (part of stage 4; with
// suminphrase.go). News writing gives the parts of a sum side by side,
// each with its own "in" phrase whose premodifier sets it apart from the
// others: "$12.4 million in compensatory damages and $26 million in
// punitive damages", "$3 million in cash and $2 million in stock". The
// premodifier restricts the head noun to one kind of it (Quirk et al.
// 1985, §17.3 on restrictive modification, §17.37 on postmodification by
// a prepositional phrase), so a question that names the kind ("how much
// in punitive damages") asks the sum whose own phrase holds that word,
// however near the other sum stands to the words they share.

// sumPhraseWeight is +2 for money figure n of s when s gives two or more
// sums each followed by its own "in" phrase and n's phrase holds more of
// the question's terms that not every such phrase holds than any other
// does; -2 when another's holds more; 0 otherwise.
func (e *Engine) sumPhraseWeight(q *query, s *sentence, n quantity) float64 {
	if n.kind != qMoney || e.inPhraseHead(s, n) < 0 {
		return 0
	}
	var sums []quantity
	for _, m := range s.nums {
		if m.kind == qMoney && e.inPhraseHead(s, m) >= 0 {
			sums = append(sums, m)
		}
	}
	if len(sums) < 2 {
		return 0
	}
	held := make([]int, len(sums))
	for _, t := range q.terms {
		in := make([]bool, len(sums))
		count := 0
		for i, m := range sums {
			for k := m.end + 1; k <= e.inPhraseHead(s, m); k++ {
				in[i] = in[i] || t.matches(s.toks[k])
			}
			if in[i] {
				count++
			}
		}
		if count == 0 || count == len(sums) {
			continue // a word every sum's phrase shares ("damages") sets none apart
		}
		for i := range sums {
			if in[i] {
				held[i]++
			}
		}
	}
	own, best := 0, 0
	for i, m := range sums {
		if m.tok == n.tok {
			own = held[i]
		}
		best = max(best, held[i])
	}
	switch {
	case best == 0:
		return 0
	case own == best:
		return 2
	}
	return -2
}
