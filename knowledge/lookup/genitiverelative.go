package lookup

// The genitive relative "whose" (part of stage 4, who did it). In
// "Benavides, whose company built the apartments, said …" the noun phrase
// "whose company" is the relative clause's subject, and "whose" is the
// genitive of the relative pronoun: it determines its noun by the
// possessor the antecedent names, "Benavides's company" (Quirk et al.
// 1985, §6.33 and §17.10 on the relative pronouns and their genitive
// "whose"; Huddleston and Pullum 2002, ch. 12, §3.1). The phrase is no
// description of an unnamed doer: the doer it tells of is the
// antecedent's, whom the sentence names before the clause.

// genitiveRelativeAt reports whether token j of s is the relative
// determiner "whose" outside a quotation.
func genitiveRelativeAt(s *sentence, j int) bool {
	return j >= 0 && j < len(s.toks) && s.toks[j].lower == "whose" && !quotedAt(s, j)
}
