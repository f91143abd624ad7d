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
//
// A sum given, paid or spent names its recipient or its goods the same
// way, by the prepositional phrase after it: "give $10,000 to each of his
// grandchildren and donate $100,000 to the church", "paid $86,000 for the
// review", "spent $22,000 on pouches" (the recipient's "to" and "for"
// phrase, Quirk et al. 1985, §10.7; FrameNet Giving's Recipient and
// Commerce_pay's Goods). So a question that names the recipient ("how
// much is the church getting") asks the sum whose own phrase names it,
// though the other sum stands nearer to the word.

// sumPhraseWeight is +2 for money figure n of s when s gives two or more
// sums each followed by its own "in", "to", "for" or "on" phrase
// (sumPhraseEnd) and n's phrase holds more of
// the question's terms that not every such phrase holds than any other
// does; -2 when another's holds more; 0 otherwise.
func (e *Engine) sumPhraseWeight(q *query, s *sentence, n quantity) float64 {
	if n.kind != qMoney || e.sumPhraseEnd(s, n) < 0 {
		return 0
	}
	var sums []quantity
	for _, m := range s.nums {
		if m.kind == qMoney && e.sumPhraseEnd(s, m) >= 0 {
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
			for k := m.end + 1; k <= e.sumPhraseEnd(s, m); k++ {
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

// sumPrepositions are the prepositions whose phrase after a sum names
// what it is in, its recipient or its goods.
var sumPrepositions = set("to", "for", "on")

// sumPhraseEnd is the last token of money figure n's own phrase: the
// head of its "in" phrase (inPhraseHead), or else the last word of the
// "to", "for" or "on" phrase straight after it, up to a punctuation
// mark, a conjunction, a number or the sixth word; -1 when it has none
// ("$40,000 to $60,000" is a range, no phrase).
func (e *Engine) sumPhraseEnd(s *sentence, n quantity) int {
	if h := e.inPhraseHead(s, n); h >= 0 {
		return h
	}
	toks := s.toks
	k := n.end
	if k+1 >= len(toks) || !sumPrepositions[toks[k].lower] || punctuatedBetween(s.text, toks, k) {
		return -1
	}
	last := -1
	for j := k + 1; j < len(toks) && j <= k+6; j++ {
		t := toks[j]
		if t.lower == "and" || t.lower == "or" || t.lower == "but" || isNumeric(t) || punctuatedBetween(s.text, toks, j) {
			break
		}
		if _, spelled := numberWords[t.lower]; !stopWords[t.lower] && !spelled {
			last = j
		}
	}
	return last
}
