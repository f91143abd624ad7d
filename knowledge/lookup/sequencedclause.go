package lookup

// The time of the main clause is not the time of an "after" or "before"
// clause inside it (part of stage 4). In "reopened it last fall, on
// Oct. 14, after the state installed a gauge" or "has postponed her
// tour after undergoing surgery, her label said Wednesday" the
// subordinate clause of time tells an event of its own, placed before or
// after the main clause's event, never at its time (Quirk et al. 1985,
// §15.25 on clauses of time: "after" and "before" relate two events in
// sequence; §9.40 on "after" and "before" as prepositions of time). So a
// when-question whose words all lie inside such a clause is not answered
// by a time outside it: the gauge was installed before Oct. 14, not on
// it, and another sentence must date it or none does.

// sequenceMarkers open a clause or phrase of time that places its event
// in sequence with the main clause's (Quirk et al. 1985, §15.25).
var sequenceMarkers = set("after", "before")

// dropSequencedClauseTimes drops the time spans of s that lie outside the
// "after"/"before" clause holding every common word the question matched:
// those times date the main clause's event. The clause runs from its
// marker to the next comma, semicolon or dash that ends a clause, or the sentence's end; a
// marker inside a time expression ("40 hours after they went") opens no
// such clause. spans is unchanged when no clause holds the matched words.
func dropSequencedClauseTimes(s *sentence, matched []int, spans [][]int) [][]int {
	k, end, ok := sequencedClause(s, matched)
	if !ok {
		return spans
	}
	start := s.toks[k].start
	return keepSpans(spans, func(sp []int) bool { return sp[0] >= start && sp[1] <= end })
}

// sequencedClause finds the "after"/"before" clause of s that holds every
// common word of matched: the token of its marker and the byte its
// clause ends at; ok is false when there is none.
func sequencedClause(s *sentence, matched []int) (k, end int, ok bool) {
	for k, t := range s.toks {
		if !sequenceMarkers[t.lower] || insideTime(s, t.start) {
			continue
		}
		end := clauseComma(s, t.end) // not at the comma of "Aug. 9, 2024" or "Minden, Neb.," (clausecomma.go)
		if commonWordsWithin(s, matched, k, end) {
			return k, end, true
		}
	}
	return 0, 0, false
}

// insideTime reports whether byte at of s lies inside one of its time
// expressions.
func insideTime(s *sentence, at int) bool {
	for _, sp := range s.times {
		if at >= sp[0] && at < sp[1] {
			return true
		}
	}
	return false
}

// commonWordsWithin reports whether s's matched tokens include a common
// (uncapitalised) word and every such word stands after token k and
// before byte end.
func commonWordsWithin(s *sentence, matched []int, k, end int) bool {
	return commonWordsOnly(s, matched, func(m int) bool { return m > k && s.toks[m].start < end })
}

// commonWordsOnly reports whether s's matched tokens include a common
// (uncapitalised) word and every such word is one that in accepts (by its index).
func commonWordsOnly(s *sentence, matched []int, in func(m int) bool) bool {
	common := 0
	for _, m := range matched {
		if s.toks[m].cap {
			continue // a name's word places nothing
		}
		if !in(m) {
			return false
		}
		common++
	}
	return common > 0
}

// inSequencedClause reports whether every common word of matched lies in
// one "after"/"before" clause of s: a headline's "postpones tour after
// surgery" tells the surgery as an earlier event than the one the lead's
// time dates.
func inSequencedClause(s *sentence, matched []int) bool {
	_, _, ok := sequencedClause(s, matched)
	return ok
}
