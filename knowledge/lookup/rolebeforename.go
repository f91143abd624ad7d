package lookup

// A hometown in a description a name follows (part of stage 4, places):
// news copy often opens with the description and gives the name after
// it, joined by "named" or "called" ("a Midland defense attorney named
// Gloria Espinoza") or set off by a comma after a relative clause that
// postmodifies the description ("The Smyrna store clerk who sold it, Luis
// Barrientos, said"; Quirk et al. 1985, §17.65 on apposition, where the
// name is the appositive of the description, and §17.8 on relative
// clauses postmodifying a noun head). The description is the named
// person's own, so the place premodifying its role noun (placedrole.go)
// is where they are from. The participles that join them are
// namingVerbs (below).

// roleBeforeNameHome answers where person x is from by the place that
// premodifies the role noun of a description the article writes right
// before x's name.
func (e *Engine) roleBeforeNameHome(x int) (reply, bool) {
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if !contains(s.named, x) {
			continue
		}
		for _, sp := range e.nameSpans(s, x) {
			n := tokenStartingAt(s, sp[0])
			if n < 2 {
				continue
			}
			k := e.roleNounBefore(s, n)
			if k < 0 {
				continue
			}
			if p := e.placeBeforeRole(s, k); p != "" {
				return reply{found: true, head: p + ".", used: []*sentence{s}}, true
			}
		}
	}
	return reply{}, false
}

// tokenStartingAt is the index of the token of s that starts at byte at,
// or -1.
func tokenStartingAt(s *sentence, at int) int {
	for k, t := range s.toks {
		if t.start == at {
			return k
		}
	}
	return -1
}

// roleNounBefore is the role noun of the description a name at token n
// of s follows: the noun right before "named" or "called", or the noun a
// relative clause ending in a comma right before the name postmodifies;
// -1 when there is none.
func (e *Engine) roleNounBefore(s *sentence, n int) int {
	k := -1
	switch {
	case namingVerbs[s.toks[n-1].lower] && spaceBetween(s, n-1, n):
		k = n - 2
	case commaAfter(s, n-1):
		for j := n - 1; j > 0; j-- {
			if j < n-1 && commaAfter(s, j) || e.namedAt(s, j) {
				return -1
			}
			if w := s.toks[j].lower; (w == "who" || w == "that") && spaceBetween(s, j-1, j) {
				k = j - 1
				break
			}
		}
	}
	if k < 0 || s.toks[k].cap || !e.personNoun(s.toks[k].lower) {
		return -1
	}
	return k
}

// namingVerbs are the past participles of the English verbs of naming
// that take a name as object complement (Quirk et al., §16.45: name,
// call, dub).
var namingVerbs = set("named", "called", "dubbed")
