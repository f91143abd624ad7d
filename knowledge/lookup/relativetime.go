package lookup

// The time of a thing told in a relative clause on it (part of stage 4):
// "when is next year's festival" of "the committee will meet in November
// to begin planning next year's festival, which is scheduled for Sept.
// 19-21". A relative clause postmodifies its antecedent, and its relative
// pronoun stands for it as the subject of the clause's verb (Quirk et al.,
// §17.8–17.14, §17.22 on the nonrestrictive relative clause): a time in
// that clause dates the antecedent ("scheduled for Sept. 19-21"), while a
// time of the main clause dates the main clause's act (the meeting "in
// November"). A when-question whose subject is the antecedent noun ("when
// BE … festival") asks the former.

// relativeClauseSpans keeps, of subs, the time spans of s inside a
// relative clause whose antecedent is the head noun of a "when BE …"
// question's subject: those that start within relativeReach tokens after
// a relative pronoun written right after the noun. subs unchanged when
// there are none.
func relativeClauseSpans(q *query, s *sentence, subs [][]int) [][]int {
	head, ok := whenSubjectHead(q)
	if !ok {
		return subs
	}
	for k := 0; k+1 < len(s.toks); k++ {
		if !head.matches(s.toks[k]) || s.toks[k].lower == "that" || !relativePronouns[s.toks[k+1].lower] {
			continue
		}
		from := s.toks[k+1].end
		to := s.toks[min(k+1+relativeReach, len(s.toks)-1)].end
		kept := keepSpans(subs, func(sp []int) bool { return sp[0] >= from && sp[0] < to })
		if len(kept) > 0 {
			return kept
		}
	}
	return subs
}

// relativeReach is how many words after its relative pronoun a time may
// stand and still be read as the relative clause's: a clause's verb and
// its complement ("which is scheduled for", "that was postponed until").
const relativeReach = 6
