package lookup

// "What's behind X" asks for X's cause (part of stage 2). "Behind" with a
// subject "what" and a form of "be" is the figurative "behind": being the
// cause or source of something (Merriam-Webster, "behind", prep. 3c:
// "as the reason or cause for"; Oxford Learner's, "be behind sth": to be
// the reason for something), so the question asks what "what caused X"
// and "why" ask, and "behind" is no word the article has to hold.
// "Who's behind X" asks for a person, who supports or leads it
// (spokesfor.go), and stays out.

// behindCause matches the opening "what's/what is/what was behind" of a
// question, in the lower-case words contractedWhat writes out (chat
// "whats" too).
var behindCause = lazyRE(`^ ?(?:what (?:is|was|are|were)|whats) behind\b`)

// behindCauseAt reports whether question word i is the "behind" of an
// opening "what's behind".
func behindCauseAt(toks []token, i int) bool {
	if toks[i].lower != "behind" || i == 0 || i > 2 {
		return false
	}
	switch i {
	case 1:
		return toks[0].lower == "whats" || toks[0].lower == "what" && toks[0].poss
	default:
		return toks[0].lower == "what" && beForms[toks[1].lower]
	}
}
