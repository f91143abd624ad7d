package lookup

import "slices"

// The level a change reaches (part of stage 4). "Revenue slipped 3% to
// $2.4 billion" gives two figures: the change, 3%, and after "to" the
// level the subject reached, $2.4 billion, which is the subject's amount
// now. A verb of calibratable change (calibratableVerbs; Levin 1993,
// §45.6) takes its end point in a "to" phrase and its starting point in
// a "from" phrase, each a value of the subject on the verb's scale, so a
// question asking the subject's amount ("how much was revenue") is
// answered by the level as by "revenue of $2.4 billion" (amountHead).

// changeLevelHead is the token index of the subject noun of the verb of
// change whose end or starting point money figure n is ("Revenue
// slipped 3% to $2.4 billion": revenue), or -1. The change itself may
// stand between the verb and the point, with "by" or set off by commas
// ("fell $4.10, or 7.2%, to $52.85").
func (e *Engine) changeLevelHead(s *sentence, n quantity) int {
	k := e.changePointVerb(s, n)
	if k < 1 {
		return -1
	}
	h := k - 1
	if t := s.toks[h]; stopWords[t.lower] || t.cap && h > 0 || isNumeric(t) || punctuatedBetween(s.text, s.toks, k) || !e.isNoun(t) {
		return -1
	}
	return h
}

// changePointVerb is the token index of the verb of change whose end or
// starting point figure n is, after "to" or "from" ("slipped 3% to $2.4
// billion"), or -1.
func (e *Engine) changePointVerb(s *sentence, n quantity) int {
	k := n.tok - 1
	for k >= 0 && approximators[s.toks[k].lower] {
		k--
	}
	k = pastGenitive(s, k) // "from last year's 109"
	if k < 1 || s.toks[k].lower != "to" && s.toks[k].lower != "from" {
		return -1
	}
	to := k
	k = e.pastChangeFigures(s, medialTimeSkipped(s, k-1)) // "fell 14 percent on Monday to $31.20": the day is no figure of the change (medialtime.go)
	if k < 0 {
		return -1
	}
	if _, ok := e.changeDirection(s.toks[k].lower); ok {
		return k
	}
	if percentBefore(s, n, k, to) && e.verbForm(s.toks[k].lower) {
		return k // "slipped 3% to $2.4 billion": a percentage and a sum are no range, so a change and its level
	}
	return -1
}

// percentBefore reports whether a percentage stands between token k and
// token to, before sum n: the change a verb gives before the level n its
// subject reached (AP Stylebook, "percent": a change may be given as a
// percentage), which no verb of Levin's list need name ("slipped 3% to
// $2.4 billion").
func percentBefore(s *sentence, n quantity, k, to int) bool {
	return n.kind == qMoney && slices.ContainsFunc(s.nums, func(m quantity) bool { return m.kind == qPercent && m.tok > k && m.end <= to })
}

// levelNotAsked reports whether figure n of s is the end or starting
// point of a change whose size s also gives ("fell 6% to $410 million")
// and q asks the size of a change ("how much did sales fall") without
// asking where it went or came from by "to" or "from" of its own ("how
// much did sales fall to"): the change asked is the other figure, the
// point a level. A point alone ("grew to 14,620 acres") is left to the
// question's other words, as two points give the change between them.
func (e *Engine) levelNotAsked(q *query, s *sentence, n quantity) bool {
	if !e.asksChange(q) || e.changePointVerb(s, n) < 0 {
		return false
	}
	if slices.ContainsFunc(q.toks, func(t token) bool { return t.lower == "to" || t.lower == "from" }) {
		return false
	}
	return slices.ContainsFunc(s.nums, func(m quantity) bool { return m.tok != n.tok && e.changeAct(q, s, m) == 1 })
}

// pastChangeFigures is the index of the word before the figures of a
// change that end at token k, skipping them, "by" and "or" ("fell $4.10,
// or 7.2%,"), or k itself when no figure ends there.
func (e *Engine) pastChangeFigures(s *sentence, k int) int {
	for k >= 0 {
		switch l := s.toks[k].lower; {
		case l == "by" || l == "or":
			k--
			continue
		}
		moved := false
		for _, m := range s.nums {
			if m.end == k+1 && m.kind != qYear {
				k, moved = m.tok-1, true
				break
			}
		}
		if !moved {
			return k
		}
	}
	return k
}
