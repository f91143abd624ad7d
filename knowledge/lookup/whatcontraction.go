package lookup

// contractedWhat is the lower-case words of a question, with "is" written
// out after a "what" that carries the contraction "'s" ("what's in-state
// tuition", chat "whats"). The "'s" of "what's" is the verb "is" or
// "has", never a possessive (Quirk et al., §3.23, contracted forms of
// the primary verbs), so "what" there is a pronoun, not the determiner
// of the next word: "what's in-state tuition" asks the tuition, not
// "what state".
func contractedWhat(toks []token) []string {
	words := make([]string, 0, len(toks)+1)
	for _, t := range toks {
		words = append(words, t.lower)
		if t.lower == "what" && t.poss {
			words = append(words, "is")
		}
	}
	return words
}
