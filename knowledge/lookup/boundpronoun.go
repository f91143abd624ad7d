package lookup

// Part of stage 2 (query.go, referent.go): an object pronoun after a name
// in the same question refers to someone else. A pronoun object cannot
// take its reference from its own clause's subject: English uses the
// reflexive for that ("Sessions defended himself"; Quirk et al. §6.23;
// binding theory, Principle B, Chomsky, "Lectures on Government and
// Binding", 1981). So in "when did sessions meet him" the "him" is not
// Sessions but the man the thread, or the message's first question
// ("who is kislyak & when did sessions meet him"), was about.

// objectPronounAfterName reports whether a name comes before an object
// pronoun in the question: "him" or "them", or "her" where no noun follows
// it, so that it is the object and not a possessive ("did sessions meet
// her" but not "did sessions answer her question", whose "her" may be the
// subject's own).
func objectPronounAfterName(q *query) bool {
	named := false
	for i, t := range q.toks {
		if q.nameToks[i] {
			named = true
			continue
		}
		switch t.lower {
		case "him", "them":
			return named
		case "her":
			return named && (i+1 == len(q.toks) || prepositions[q.toks[i+1].lower] || !isWordToken(q.toks[i+1]))
		case "he", "she", "they", "his", "their":
			return false // the subject pronoun or possessive comes first
		}
	}
	return false
}

// isWordToken reports whether a token begins with a letter.
func isWordToken(t token) bool {
	return t.lower != "" && (t.lower[0] >= 'a' && t.lower[0] <= 'z')
}
