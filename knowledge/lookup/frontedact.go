package lookup

// An act named by a noun in a fronted adjunct (part of stage 4, who did
// it): "In a dissent, Judge Carl Whitfield wrote that …" tells that
// Whitfield dissented. The prepositional phrase opening the sentence is an
// adjunct of the main clause's verb (Quirk et al., ch. 8 on adjuncts;
// ch. 9 on prepositional phrases), so the act its noun names is the
// subject's, who wrote in it, unlike the act of a fronted clause that a
// source only reports ("inspectors found mold, Ana Ruiz said").

// frontedNounAct reports whether token act of s is the last word of a
// prepositional phrase opening the sentence, a preposition and a
// determiner before it and a comma after it ("In a dissent,", "In her
// ruling,").
func frontedNounAct(s *sentence, act int) bool {
	if act < 2 || act+1 >= len(s.toks) || !commaBetween(s, act, act+1) {
		return false
	}
	if p := s.toks[0].lower; !prepositions[p] && p != "in" || !determiners[s.toks[1].lower] {
		return false
	}
	for k := 1; k < act; k++ {
		if commaBetween(s, k, k+1) {
			return false
		}
	}
	return true
}
