package lookup

// The price of each item told after the sum (part of stage 4): "will pay
// $48 for each Osgood share", "$5 for every ticket sold". The
// preposition "for" names what a sum is given in exchange for, "to" whom
// it is given ("give $10,000 to each of his grandchildren": the
// recipient, Quirk et al., §10.7; "each of" the partitive, §6.51), and the
// distributive determiners "each" and "every" make that one item of
// many (Quirk et al., §6.51, "each" and "every" as distributives): the
// sum is a rate, one share's price, as "$48 a share" or "$48 per share"
// would be (rateMarkers). A question asking the price per share is then
// answered by it, and one asking the whole deal's price is not.

// distributiveFor is the index of the item's noun after "for each" or
// "for every" straight after figure n's phrase, and whether n is
// followed so. The noun is the first lower-case word there: a name
// before it classifies it ("each Osgood share"), and what follows it
// is a postmodifier ("every ticket sold").
func distributiveFor(s *sentence, n quantity) (int, bool) {
	k := n.end
	if k+2 >= len(s.toks) || s.toks[k].lower != "for" && s.toks[k].lower != "to" || punctuatedBetween(s.text, s.toks, k) {
		return 0, false
	}
	if l := s.toks[k+1].lower; l != "each" && l != "every" {
		return 0, false
	}
	partitive := s.toks[k+2].lower == "of" // "to each of his six grandchildren"
	limit := k + 5
	if partitive {
		limit = k + 8
	}
	for i := k + 2; i < len(s.toks) && i < limit && !punctuatedBetween(s.text, s.toks, i); i++ {
		t := s.toks[i]
		if _, spelled := numberWords[t.lower]; partitive && (stopWords[t.lower] || spelled || isNumeric(t)) {
			continue // the partitive's determiners and count
		}
		if !t.cap {
			return i, !stopWords[t.lower] && !isNumeric(t)
		}
	}
	return 0, false
}

// distributiveAfterPeriod is distributiveFor past a rate over time that
// stands first after figure n: "$3,000 a year to each student" is a rate
// over two units, one of time ("a year", the indefinite article meaning
// "per", Quirk et al., §5.50) and one of the recipients ("to each
// student", §6.51), so the sum is one student's as much as one year's.
func distributiveAfterPeriod(s *sentence, n quantity) (int, bool) {
	k := n.end
	if k+1 >= len(s.toks) || !rateMarkers[s.toks[k].lower] || measureOf(stemOf(singular(s.toks[k+1].lower))) != "time" || punctuatedBetween(s.text, s.toks, k) {
		return 0, false
	}
	m := n
	m.end = k + 2
	return distributiveFor(s, m)
}
