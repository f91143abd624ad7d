package lookup

// The negative alternative of a yes/no question (part of stage 2): "so
// did he lie or not" is no negated question. A closing "or not" states
// the negative alternative of a polar question (Quirk et al., "A
// Comprehensive Grammar", §11.20 on alternative questions: "Are you
// coming or not?" asks the same as "Are you coming?"), so its "not"
// negates nothing the question asks, and the answer is the yes or no of
// the positive question.

// alternativeNot reports whether the negation at token i of a question is
// the "not" of a closing "or not" (or "or no").
func alternativeNot(toks []token, i int) bool {
	return i > 0 && i == len(toks)-1 && toks[i-1].lower == "or" && (toks[i].lower == "not" || toks[i].lower == "no")
}
