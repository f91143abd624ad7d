package lookup

// Additive adverbs (part of stage 2): "too", "also", "as well" and, in a
// negative clause, "either" add the clause to one said before ("Rotich
// was under the old record as well"; Quirk et al., §8.116, additive
// subjuncts). They say nothing of what the clause states, so they are no
// term of the question: "was he under the record as well" asks whether
// he was under the record. "too" and "also" are stop and chat words
// already; the two read here are the ones whose words mean something
// else elsewhere ("as well as", "well" the adverb of manner, "either …
// or").

// additiveAt reports whether question token i is the last word of an
// additive adverb: "well" of a clause-final "as well" (not "as well as",
// a coordinator, or "as well as he could", a comparison), or a
// clause-final "either" after a negation ("didn't he vote either").
func additiveAt(toks []token, i int) bool {
	last := i+1 == len(toks) || closesClause(toks[i+1].lower)
	switch toks[i].lower {
	case "well":
		return last && i > 0 && toks[i-1].lower == "as"
	case "either":
		return last && anyNegation(toks[:i])
	}
	return false
}

// closesClause reports whether a word that follows an adverb leaves it at
// the end of its clause: a word of chat or time that closes a question
// ("as well then", "either now") or a coordinator opening the next.
func closesClause(w string) bool {
	return chatWords[w] || w == "and" || w == "but" || w == "then"
}
