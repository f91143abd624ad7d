package lookup

// The subject of a reported clause (part of stage 4, who did it). In
// "Greg Sorensen, who lives below the dam, said he had called the fire
// department" the asked act "called" is the verb of the clause "said"
// reports, and the words between the comma and that verb, "said he had",
// are no noun phrase: a declarative clause's subject is a noun phrase
// before its verb (Quirk et al. 1985, §10.2 and §10.16), and here it is
// "he", whose antecedent in indirect speech is the reporting clause's
// subject, the speaker (Quirk et al., §14.31 on the shift of personal
// pronouns from direct to indirect speech). The doer is therefore read
// as for any who-question, by the person the sentence names for the act,
// not cut from the words before it.

// reportedPronounSubject reports whether tokens from..to-1 of s are a
// reporting verb followed by a personal pronoun and nothing else but
// auxiliaries, adverbs and "not" ("said he had", "told reporters she
// would" is not: "reporters" is no pronoun).
func reportedPronounSubject(s *sentence, from, to int) bool {
	if from+1 >= to || !reportingVerbs[s.toks[from].lower] || !subjectPronouns[s.toks[from+1].lower] {
		return false
	}
	for k := from + 2; k < to; k++ {
		if w := s.toks[k].lower; !auxiliaries[w] && !isAdverb(w) && w != "not" {
			return false
		}
	}
	return true
}
