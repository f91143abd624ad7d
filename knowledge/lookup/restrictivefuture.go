package lookup

// A future in a restrictive relative clause ("created a program that
// will guarantee admission") describes the noun it follows and does not
// report an event still ahead: a restrictive relative clause identifies
// its antecedent, while a nonrestrictive one, set off by a comma, adds an
// assertion of its own as a coordinate clause would ("the committee,
// which is expected to take it up in September") (Quirk et al. 1985,
// §17.3, §17.22). Relative "that" is restrictive only (§17.14); "who"
// and "which" are restrictive without a comma before them.

// restrictiveRelativeAt reports whether the token at k opens the verb
// phrase of a restrictive relative clause: it follows "that", or "who" or
// "which" with no comma before the pronoun.
func restrictiveRelativeAt(s *sentence, k int) bool {
	if k < 2 {
		return false
	}
	switch s.toks[k-1].lower {
	case "that":
		return !reportingVerbs[s.toks[k-2].lower] // "said that will": a content clause's subject (Quirk §15.3), rare, not a relative
	case "who", "which":
		return !commaBetween(s, k-2, k-1)
	}
	return false
}
