package lookup

// A place inside a nonrestrictive relative clause (part of stage 4,
// where-questions): news leads describe their subject with a relative
// clause set off by commas between the name and its verb ("Harlan Voss,
// who ran the corner pharmacy on Main Street for four decades, died Sunday
// at his home"; Quirk et al., §17.22 on nonrestrictive relative clauses;
// AP Stylebook, "comma": "essential and nonessential clauses"). The
// clause is a unit of its own: its adverbials of place modify its own
// verb ("ran"), not the main clause's, so a place within it tells where
// the main verb's act happened only when the question's words are in it.

// maxRelativeClause bounds a relative clause's tokens: longer than an
// appositive, as an obituary's lead clause coordinates two careers ("who
// ran the corner pharmacy on Main Street for more than four decades and
// served 16 years on the Millbrook school board" is 21).
const maxRelativeClause = 32

// relativeClauses are the token ranges [from, to) of s's nonrestrictive
// relative clauses: from a "who", "whom", "whose" or "which" right after
// a comma to the next comma, within maxRelativeClause tokens, the clause
// closed by that comma ("…, who ran … board, died").
func relativeClauses(s *sentence) [][2]int {
	var out [][2]int
	for i := 1; i < len(s.toks); i++ {
		switch s.toks[i].lower {
		case "who", "whom", "whose", "which":
		default:
			continue
		}
		if !commaAfter(s, i-1) {
			continue
		}
		for j := i; j < len(s.toks)-1 && j-i < maxRelativeClause; j++ {
			if commaAfter(s, j) {
				out = append(out, [2]int{i, j + 1})
				break
			}
		}
	}
	return out
}

// inOtherClause reports whether byte offset at of s lies in one of its
// nonrestrictive relative clauses that holds none of the matched tokens,
// when some matched token lies outside it: the place there belongs to the
// clause's verb, not to the act asked.
func inOtherClause(s *sentence, matched []int, at int) bool {
	for _, c := range relativeClauses(s) {
		if at < s.toks[c[0]].start || at >= s.toks[c[1]-1].end {
			continue
		}
		inside, outside := false, false
		for _, m := range matched {
			if m >= c[0] && m < c[1] {
				inside = true
			} else {
				outside = true
			}
		}
		if !inside && outside {
			return true
		}
	}
	return false
}
