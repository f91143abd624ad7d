package lookup

// A proper name is one unit however many words it has, prepositions
// included ("the Senate Subcommittee on Trade", "Citizens for Open
// Government"): Quirk et al. 1985, §5.60–5.66 on names of institutions
// and organisations, and the AP Stylebook's capitalisation of a body's
// full formal name. A noun phrase cut from a sentence does not end at a
// preposition inside such a name.

// withinName reports whether token m of s lies inside the name of an
// entity the sentence names, a name that starts at or after token j (the
// start of the phrase) and before m.
func (e *Engine) withinName(s *sentence, j, m int) bool {
	for _, x := range s.named {
		for at := j; at < m; at++ {
			if n := e.formAt(s, x, at); n > 0 && at+n > m {
				return true
			}
		}
	}
	return false
}
