package lookup

// A measure after a noun (part of stage 4, measure questions): "gusts up
// to 45 mph carried embers" gives the speed of the gusts, not of the fire
// the question asks about. A measure phrase that postmodifies a noun
// describes that noun (Quirk et al., §17.35, postmodification by a
// prepositional or measure phrase), as a compound premodifying one does
// (measuresOtherNoun); a noun the question does not use names something
// else, unless it is the dimension itself ("a speed of 35 mph") or a kind
// of a thing the question names (WordNet 3.0 hypernyms).

// measureAfterOtherNoun reports whether measure n of s follows a common
// noun the question does not hold, with only approximators, "of", "at"
// or "up to" between.
func (e *Engine) measureAfterOtherNoun(q *query, s *sentence, n quantity) bool {
	if q.measure == "" || n.unit == "" || measureOf(n.unit) == "" {
		return false
	}
	k := withHedge(s, n).tok - 1
	for k > 0 && (s.toks[k].lower == "of" || s.toks[k].lower == "at" || s.toks[k].lower == "to" && s.toks[k-1].lower == "up" || s.toks[k].lower == "up") {
		k--
	}
	if k < 0 || punctuatedBetween(s.text, s.toks, k+1) {
		return false
	}
	for _, m := range s.nums {
		if m.tok < k && m.end > k {
			return false // "a district of 2,800 students 90 miles north": the noun is another figure's unit
		}
	}
	t := s.toks[k]
	if t.cap || stopWords[t.lower] || prepositions[t.lower] || isDimension(t.stem) || !e.canBe(singular(t.lower), "noun") || e.canBe(t.lower, "verb") && !plural(t.lower) {
		return false
	}
	for _, m := range q.terms {
		if m.matches(t) || e.lex != nil && e.lex.KindOf(singular(t.lower), singular(m.lower)) {
			return false // "gusts up to 45 mph" for "how fast were the winds": a gust is a wind
		}
	}
	return true
}
