package lookup

import "slices"

// degreeAsked is the index in q of the comparative whose degree q asks
// ("how much bigger", "how much more expensive": the adjective after
// "more"), or -1. The answer is the measure phrase premodifying the
// comparative (Quirk et al. 1985, §7.90: "three inches taller"), which
// news writing gives as an amount or as a percentage of the thing
// compared ("4.5% larger than this year's"; AP Stylebook, "percent").
func (e *Engine) degreeAsked(q *query) int {
	for i := 0; i+2 < len(q.toks); i++ {
		if q.toks[i].lower != "how" || q.toks[i+1].lower != "much" {
			continue
		}
		w := q.toks[i+2].lower
		if w == "more" || w == "less" {
			if i+3 < len(q.toks) && e.adjectiveOnly(q.toks[i+3].lower) {
				return i + 3
			}
			return -1
		}
		if e.comparativeBase(w) != "" {
			return i + 2
		}
		return -1
	}
	return -1
}

// withDegreePercent adds the percentage to kinds when q asks the degree
// of a comparison (degreeAsked).
func (e *Engine) withDegreePercent(q *query, kinds []quantityKind) []quantityKind {
	if slices.Contains(kinds, qPercent) || e.degreeAsked(q) < 0 {
		return kinds
	}
	return append(slices.Clip(kinds), qPercent)
}

// degreeKnown reports whether f, a focus of q, is the comparative q asks
// the degree of and the article writes a comparative synonym of it ("how
// much larger" of a budget "4.5% bigger"): a comparative counts no noun,
// so the article need not write the word itself; its base alone ("the
// old one" for "older") compares nothing.
func (e *Engine) degreeKnown(q *query, f string) bool {
	if e.degreeAsked(q) < 0 {
		return false
	}
	t, ok := focusTerm(q, f)
	return ok && slices.ContainsFunc(t.alts, func(a string) bool { return e.comparativeBase(a) != "" })
}

// degreeFigure reports whether figure n of s premodifies a comparative
// that meets the one q asks the degree of: the same word or a synonym
// the question's term found ("9% lower", "$4 million more expensive").
func (e *Engine) degreeFigure(q *query, s *sentence, n quantity) bool {
	i := e.degreeAsked(q)
	k := n.end
	if i < 0 || k >= len(s.toks) {
		return false
	}
	if (s.toks[k].lower == "more" || s.toks[k].lower == "less") && q.toks[i-1].lower == s.toks[k].lower && k+1 < len(s.toks) {
		k++ // "more expensive"
	}
	asked := q.toks[i]
	if s.toks[k].lower == asked.lower {
		return true
	}
	t, ok := focusTerm(q, asked.lower)
	return ok && t.matches(s.toks[k])
}

// besideDegreeFigure reports whether s answers q's degree by another of
// its figures than n ("The average price of $31 a barrel was 9% lower":
// "how much lower" asks the 9%, not the price).
func (e *Engine) besideDegreeFigure(q *query, s *sentence, n quantity) bool {
	if e.degreeAsked(q) < 0 || e.degreeFigure(q, s, n) {
		return false
	}
	return slices.ContainsFunc(s.nums, func(m quantity) bool { return m.tok != n.tok && e.degreeFigure(q, s, m) })
}
