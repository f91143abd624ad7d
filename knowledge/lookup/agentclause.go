package lookup

// An agent noun met by its relative clause (part of stage 2, the
// described people of descriptions.go). English forms the agent noun of
// a verb with -er or -or, "one who Vs" (Quirk et al. 1985, Appendix I.34:
// the agentive suffix), and compounds it with the verb's object, "a herd
// owner" being one who owns a herd (Appendix I.47, the verbal compound
// object + V-er). A news story introduces an ordinary person by that
// relative clause rather than the noun ("Eli Brandvold, who owns the
// herd, said"), so a question's "the herd owner" meets the clause's verb
// when the question's head is the verb's derived form (WordNet's
// derivationally related forms, the term's derived alternatives).

// agentClauseVerb reports whether intro[k] is the verb of a "who" clause
// ("who owns", "who has owned", "who also owns") that the agent noun tm
// derives from.
func agentClauseVerb(intro []token, k int, tm term) bool {
	if !tm.derived || tm.sameWord(intro[k]) || !tm.matches(intro[k]) {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		switch w := intro[j].lower; {
		case w == "who":
			return true
		case !clauseAuxiliaries[w] && !isAdverb(w):
			return false
		}
	}
	return false
}

// clauseAuxiliaries are the auxiliaries that may stand between "who" and
// its verb (Quirk et al., §3.21: the primary and modal auxiliaries of
// perfect and progressive aspect).
var clauseAuxiliaries = set("has", "have", "had", "is", "was", "are", "were", "will", "would")
