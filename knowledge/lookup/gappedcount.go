package lookup

// Stage 4, extraction: of two counts a sentence coordinates, each with
// its own predicate ("41 people had been confirmed dead and 312
// injured", "killing 41 and injuring 312"), each counts its own act. The
// second conjunct leaves out what it repeats of the first, keeping the
// count and the predicate that tells them apart (Quirk et al., A
// Comprehensive Grammar of the English Language, §13.92, gapping), so a
// count whose own verb is the question's answers it, and a count beside
// it whose own verb is another answers something else: "how many were
// injured" is not the dead. Casualty reports coordinate counts so (AP
// Stylebook, "casualty figures"; "killed and injured" tallies).

// actBesideOwn reports whether n, whose own verb is none of the
// question's (act 0), has a predicate of its own while a count
// coordinated with it is of the question's own verb: n then counts
// another act.
func (a actWords) actBesideOwn(s *sentence, n quantity, act float64) bool {
	if act != 0 || n.kind != qCount || !predicateAfter(s, n) {
		return false
	}
	for _, m := range s.nums {
		if m.tok != n.tok && m.kind == qCount && coordinatedWith(s, n, m) && a.actMatch(s, m) == 2 {
			return true
		}
	}
	return false
}

// coordinatedWith reports whether counts n and m stand in two conjuncts
// of one coordination: "and", "or" or "but" between them, with no other
// count between.
func coordinatedWith(s *sentence, n, m quantity) bool {
	lo, hi := min(n.tok, m.tok), max(n.tok, m.tok)
	for _, o := range s.nums {
		if o.tok > lo && o.tok < hi {
			return false
		}
	}
	for k := lo + 1; k < hi; k++ {
		if w := s.toks[k].lower; w == "and" || w == "or" || w == "but" {
			return true
		}
	}
	return false
}

// predicateAfter reports whether a verb or predicative word follows n's
// noun phrase (numberVerbs' word after it): n is that clause's subject,
// or its object when it stands after a participle ("killing 41").
func predicateAfter(s *sentence, n quantity) bool {
	for _, i := range numberVerbs(s, n) {
		if i >= n.end || i == n.tok-1 && participleEnding(s.toks[i].lower) {
			return true
		}
	}
	return false
}

// participleEnding reports whether w ends as an English participle.
func participleEnding(w string) bool {
	return len(w) > 4 && (w[len(w)-3:] == "ing" || w[len(w)-2:] == "ed")
}
