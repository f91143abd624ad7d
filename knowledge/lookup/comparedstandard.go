package lookup

// A comparison's standard (part of stage 5, yes and no). A report sets a
// figure against the one of an earlier time with "compared with" or
// "compared to" ("lost $312 million, compared with a profit of $45
// million a year earlier"): the standard holds for its own time, and the
// sentence asserts the figure before it (Quirk et al. 1985, §15.63 on
// comparison; the standard is an adjunct of the comparison, not the
// clause's assertion). A question that names no time asks of the time the
// sentence reports, so a word of the question held only in the standard
// gives no Yes: "did Arcturo make a profit" is not answered by the year
// before's profit.

// inComparedStandard reports whether the matched tokens of s other than
// a name's stand in a "compared with" or "compared to" phrase, which runs
// to the end of its clause: the name may be the sentence's subject ("The
// Metro Regional Transit Authority ran a deficit …, compared with a
// surplus …").
func inComparedStandard(s *sentence, matched []int) bool {
	return onlyNamesOutside(s, matched, comparedBefore)
}

// onlyNamesOutside reports whether some matched token of s is one at
// which in holds, and every other is a capitalised word (a name, as the
// sentence's subject may be).
func onlyNamesOutside(s *sentence, matched []int, in func(s *sentence, m int) bool) bool {
	found := false
	for _, m := range matched {
		switch {
		case in(s, m):
			found = true
		case !s.toks[m].cap:
			return false
		}
	}
	return found
}

// comparedBefore reports whether "compared with" or "compared to" stands
// before token m in its clause, no comma or semicolon between.
func comparedBefore(s *sentence, m int) bool {
	for k := m - 1; k >= 1; k-- {
		if s.toks[k-1].lower == "compared" && (s.toks[k].lower == "with" || s.toks[k].lower == "to") {
			return true
		}
		if commaBetween(s, k, k+1) {
			return false
		}
	}
	return false
}
