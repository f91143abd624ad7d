package lookup

// A possessor named by a noun for a person ("her daughter's college
// tuition") owns what follows as much as a named one does: the genitive
// determines its head (Quirk et al., "A Comprehensive Grammar of the
// English Language", on the genitive as determiner), so the tuition is the
// daughter's, and a yes/no question about the person asked ("did Voss go
// to college") is not answered by it. A noun for a person that the
// sentence does not resolve to a name is someone other than the named
// subject asked about: a relative, a client, a neighbour.

// personPossessor reports whether the token before m is a possessive
// common noun for a person ("daughter's"), not part of a name.
func (e *Engine) personPossessor(s *sentence, m int) bool {
	if e.lex == nil || m == 0 {
		return false
	}
	p := s.toks[m-1]
	return p.poss && !p.cap && !e.namedAt(s, m-1) && e.personNoun(p.lower)
}
