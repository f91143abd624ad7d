package lookup

// A question word held only inside its un- contradictory (part of stage
// 5): "when will the results be official" is not answered by
// "according to unofficial results posted … early Wednesday", though
// "official" meets the sentence's "elections office" by its stem. The
// prefix un- makes of an adjective its contradictory, "not X" (Quirk et
// al. 1985, App. I.21), so a sentence that writes the question's word
// only with un-, and otherwise holds no more than a word one letter from
// its stem ("office" for "official"), says the opposite of what is asked.

// heldOnlyUnprefixed reports whether s writes term t with the negative
// prefix un- ("unofficial") and holds it otherwise only through a
// neighbouring stem at held: not the word itself, an inflection of it,
// nor a synonym the question reading gave it.
func heldOnlyUnprefixed(s *sentence, t term, held []int) bool {
	neg, negStem := "un"+t.lower, stemOf("un"+t.lower)
	written := false
	for _, tok := range s.toks {
		if tok.lower == neg || tok.stem == negStem {
			written = true
		}
	}
	if !written {
		return false
	}
	for _, k := range held {
		tok := s.toks[k]
		if tok.stem == t.stem || tok.lower == t.lower || t.written != "" && tok.stem == t.written {
			return false // the word itself is written too
		}
		for _, a := range t.alts {
			if tok.meets(a) {
				return false // a synonym ("injured" for "hurt") holds it in its own right
			}
		}
	}
	return true
}
