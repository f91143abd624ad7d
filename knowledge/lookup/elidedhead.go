package lookup

import "slices"

// A count whose noun is left out (part of stage 4, in unitOf). Of two
// coordinated figures each placed by its own phrase, the second leaves
// out the noun the first has just given: "27 votes in the Senate and 84
// in the House", "14 people in Dover and nine in Milford". A numeral
// stands for the whole noun phrase whose head it leaves out, recovered
// from the conjunct before (Quirk et al. 1985, §12.42 on ellipsis of the
// head after a numeral or other determiner; §13.92 on gapping), so the
// bare figure counts the first figure's noun. The two conjuncts must be
// parallel: the same locative preposition ("in", "at": Quirk et al.,
// §9.15, positive position) follows both figures, and "and", "or" or
// "but" joins them, or the comma of a series ("four stores in
// Cincinnati, three in Columbus and five in Kentucky": the comma stands
// for the coordinator between the conjuncts before the last, Quirk et
// al., §13.56). A figure inside a compound modifier ("the 40-member
// Senate") is part of a place's phrase, no conjunct of its own. The
// bare figure may instead head a relative clause of its own ("cleaned
// the lens's 230 prisms and replaced 11 that were cracked"): a numeral
// left as head takes a postmodifying clause as a noun would (Quirk et
// al., §12.42 and §17.10), and the conjunct before lends the noun just
// the same; no parallel preposition is asked of it.

// elidedHead is the count coordinated before bare count n whose noun n
// leaves out, and true; false when n has a noun of its own, is no count,
// or no such count stands before it.
func elidedHead(s *sentence, n quantity) (quantity, bool) {
	if n.kind != qCount || n.unit != "" || n.tok == 0 {
		return quantity{}, false
	}
	if m, ok := pairedHead(s, n); ok {
		return m, true // "received 18,412 votes to his 15,690"
	}
	if n.end >= len(s.toks) {
		return quantity{}, false
	}
	next := s.toks[n.end].lower
	relative := subjectRelatives[next] // a relative clause after a fused numeral head: "11 that were cracked" (relativedoer.go)
	if !elisionPlaces[next] && !relative {
		return quantity{}, false
	}
	joined := commaBetween(s, n.tok-1, n.tok) // a series: "four stores in Cincinnati, three in Columbus and five …"
	for k := n.tok - 1; k >= 0; k-- {
		if w := s.toks[k].lower; w == "and" || w == "or" || w == "but" {
			joined = true
			continue
		}
		at := slices.IndexFunc(s.nums, func(m quantity) bool { return m.tok == k })
		if at < 0 || compoundCounted(s.toks[k]) != "" {
			continue
		}
		m := s.nums[at]
		parallel := relative || m.end < len(s.toks) && s.toks[m.end].lower == next
		if joined && m.kind == qCount && m.unit != "" && parallel {
			return m, true
		}
		if joined && parallel && !relative {
			return elidedHead(s, m) // a series lends its first noun on: "…, three in Columbus and five in Kentucky"
		}
		return quantity{}, false // only the count straight before may lend its noun
	}
	return quantity{}, false
}

// pairedHead is the count before "to" whose noun bare count n, after a
// genitive or a possessive determiner, leaves out: "She received 18,412
// votes to his 15,690", "won 212 seats to Labour's 180". The "to" sets
// one party's figure against the other's, as in a score, and the
// genitive determines a noun phrase whose head it leaves out, recovered
// from the figure it is set against (Quirk et al. 1985, §12.42, ellipsis
// of the head after a determiner).
func pairedHead(s *sentence, n quantity) (quantity, bool) {
	g := n.tok - 1
	if g < 1 || !(possessiveDeterminers[s.toks[g].lower] || s.toks[g].poss) {
		return quantity{}, false
	}
	to := g - 1
	if s.toks[g].poss {
		for to > 0 && s.toks[to].cap {
			to-- // "to Nick Gradisar's 15,690": the rest of the genitive's name
		}
	}
	if to < 1 || s.toks[to].lower != "to" {
		return quantity{}, false
	}
	for _, m := range s.nums {
		if m.end == to && m.kind == qCount && m.unit != "" {
			return m, true
		}
	}
	return quantity{}, false
}

// elisionPlaces are the locative prepositions a placed conjunct opens
// with (Quirk et al., §9.15).
var elisionPlaces = set("in", "at")

// elidedUnitMatch is unitMatch for n, or, when n has no noun of its own
// and leaves out the noun of the count before it, unitMatch for that
// count.
func (e *Engine) elidedUnitMatch(q *query, s *sentence, n quantity) int {
	unit := e.unitMatch(n, q.counted())
	if unit > 0 && compoundPartCounted(q, s, n) {
		return -1 // "how many home runs": not the runs of "a two-run homer" (quantity.go)
	}
	if m, ok := elidedHead(s, n); ok && unit == 0 {
		return e.unitMatch(m, q.counted())
	}
	if m, ok := e.pronounPartitiveHead(s, n); ok && unit == 0 {
		return e.unitMatch(m, q.counted()) // "Vandals pried open 63 of them": meters (pronounantecedent.go)
	}
	if m, ok := e.changedCount(s, n); ok && unit == 0 {
		return e.unitMatch(m, q.counted()) // "214 volunteers, a rise of 34": 34 volunteers (changeverb.go)
	}
	if m, ok := e.previousSentenceHead(s, n); ok && unit == 0 {
		return e.unitMatch(m, q.counted()) // "Harlan … operates 520 stores. Pinewood has 610.": 610 stores
	}
	if m, ok := e.partitiveComplement(s, n); ok && unit < 0 && e.unitMatch(m, q.counted()) > 0 {
		return 1 // "Five of the dead were children": five children (partitivecomplement.go)
	}
	return unit
}

// countedNoun is the noun the picked count counts: its own, or the one
// an elided head takes from the conjunct before ("replaced 11 that were
// cracked" counts prisms).
func (e *Engine) countedNoun(p *numberPick) string {
	if m, ok := elidedHead(&e.r.sents[p.c.s], p.n); ok {
		return m.unit
	}
	return p.n.unit
}

// elidedBelow reports whether best is a count with an elided head that
// borrows share's own noun and weighs less than share does: the two
// count one thing, and the better placed figure answers ("sorted the
// society's 4,200 letters and scanned 640 that were legible": 4,200 for
// what they sorted, 640 for what they scanned).
func (e *Engine) elidedBelow(best, share *numberPick) bool {
	m, ok := elidedHead(&e.r.sents[best.c.s], best.n)
	return ok && best.c.s == share.c.s && m.tok == share.n.tok && share.score > best.score
}

// previousSentenceHead is the count whose noun bare count n leaves out
// when n ends a short sentence of its own and the sentence before it in
// the paragraph ends its clause with a count of a noun: "Harlan Foods,
// founded in 1931, operates 520 stores. Pinewood has 610." A sentence of
// a subject, a verb and a bare numeral set after one that ends with a
// counted noun is parallel to it, and its numeral heads the noun phrase
// whose noun it leaves out (Quirk et al. 1985, §12.42; §12.8 on ellipsis
// across sentences).
func (e *Engine) previousSentenceHead(s *sentence, n quantity) (quantity, bool) {
	if n.kind != qCount || n.unit != "" || n.end != len(s.toks) || len(s.toks) > 6 {
		return quantity{}, false
	}
	i := e.indexOf(s)
	if i < 1 || e.r.sents[i-1].para != s.para || e.r.sents[i-1].part != s.part {
		return quantity{}, false
	}
	p := &e.r.sents[i-1]
	if len(p.nums) == 0 {
		return quantity{}, false
	}
	m := p.nums[len(p.nums)-1]
	if m.kind != qCount || m.unit == "" || m.end != len(p.toks) {
		return quantity{}, false
	}
	return m, true
}
