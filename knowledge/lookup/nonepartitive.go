package lookup

// A partitive "none of" as the subject (part of stage 4, yes/no). The
// negative pronoun "none" heads a partitive whose of-phrase names the
// whole it takes none of ("None of the 22 crew members was hurt", "none
// of the containers carried hazardous materials"): Quirk et al. 1985,
// §6.62 gives "none" as the negative pronoun that takes an of-phrase, and
// §10.58 says a negative subject makes the whole clause negative. So the
// predicate after the of-phrase is denied as "did not" would deny it,
// though the of-phrase puts the pronoun more than the four words before
// the verb that negativeSubjectBefore looks back over.

// nonePartitiveSubject reports whether the word at m is the verb, or in
// the predicate, of a clause whose subject is "none of" and a noun phrase:
// "none" and "of" stand at most twelve words before m, and the words between
// are the noun phrase's (determiners and content words, no comma, no
// relative pronoun, no negation) followed by the auxiliaries of m's verb
// group.
func nonePartitiveSubject(s *sentence, m int) bool {
	for k := m - 2; k >= 0 && k >= m-12; k-- {
		if s.toks[k].lower != "none" || s.toks[k+1].lower != "of" || commaBetween(s, k, k+1) {
			continue
		}
		j := k + 2
		for j < m && (partitiveHeadWord(s, j) || j > k+2 && coordinatedInPartitive(s, j)) {
			j++
		}
		for j < m && verbGroupAux(s.toks[j].lower) && !commaBetween(s, j-1, j) {
			j++
		}
		return j == m && j > k+2
	}
	return false
}

// coordinatedInPartitive reports whether token j is an "and" or "or" that
// joins two noun phrases of the of-phrase, with no comma before it ("None
// of the 174 passengers or six crew members was hurt"): the pronoun takes
// none of the coordinated whole (Quirk et al. 1985, ch. 13, coordination
// of noun phrases).
func coordinatedInPartitive(s *sentence, j int) bool {
	w := s.toks[j].lower
	return (w == "and" || w == "or") && !commaBetween(s, j-1, j)
}

// partitiveHeadWord reports whether token j can stand in the noun phrase
// of a partitive's of-phrase: no comma before it, and a determiner or a
// content word, not an auxiliary, a negation or a relative pronoun.
func partitiveHeadWord(s *sentence, j int) bool {
	w := s.toks[j].lower
	if commaBetween(s, j-1, j) || auxiliaries[w] || negations[w] || relativePronouns[w] || verbGroupAux(w) {
		return false
	}
	return determiners[w] || !stopWords[w]
}
