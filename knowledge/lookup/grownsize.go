package lookup

// A group's size is also told as the end point of a change in it: "the
// crowd had grown to an estimated 2,000", "the crowd swelled to nearly
// 3,000". A verb of calibratable change takes its end point in a
// to-phrase ("The price rose to $5"; Levin, "English Verb Classes and
// Alternations", 1993, §45.6; Quirk et al., 1985, §9.61 on "to" for the
// point reached), and that point is a value of the verb's subject: of a
// collective noun of people, the number of its members, as in "a crowd
// of 2,000" (groupsize.go).

// changedGroupNoun is the index in s of the collective noun WordNet files
// under kind whose size number n gives as the end point of a change, or
// -1: n after "to" (past the approximators and bounds before a figure,
// "nearly", "an estimated"), "to" after a verb of change in amount
// (changeVerb), and that verb after its subject, the
// group noun, past auxiliaries and adverbs ("had grown").
func (e *Engine) changedGroupNoun(s *sentence, n quantity, kind string) int {
	k := n.tok
	for k > 0 && numberApproximators[s.toks[k-1].lower] {
		k--
	}
	if k > 1 && numberBounds[s.toks[k-2].lower+" "+s.toks[k-1].lower] {
		k -= 2
	}
	v := k - 2
	if v < 1 || s.toks[k-1].lower != "to" || !e.changeVerb(s.toks[v].lower) {
		return -1
	}
	j := v - 1
	for j > 0 && (auxiliaries[s.toks[j].lower] || isAdverb(s.toks[j].lower)) {
		j--
	}
	if s.toks[j].cap && j > 0 || !e.lex.KindOf(s.toks[j].lower, kind) {
		return -1 // a name is no collective noun ("Crowd Co.")
	}
	return j
}

// changeVerb reports whether w is a verb of change in amount, in any
// inflection: a calibratable verb (changeDirection) or one WordNet 3.0
// files, in its most frequent sense, under "change magnitude" ("swelled",
// "dwindled", "shrank").
func (e *Engine) changeVerb(w string) bool {
	if _, ok := e.changeDirection(w); ok {
		return true
	}
	return e.lex.Narrower(w, "change magnitude")
}
