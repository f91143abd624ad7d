package lookup

// "according to the FBI, which is leading the investigation" (part of
// stage 4, who-questions): a relative pronoun that is the subject of its
// clause stands for the noun phrase it postmodifies (Quirk et al. 1985,
// §17.9–17.15: the relative pronoun is coreferential with the head of
// its antecedent, and "which" or "that" takes a non-personal one; §17.22
// on the nonrestrictive clause after a comma), so the body named right
// before "which" or "that" is the doer of the relative clause's verb.

// relativeSubject is the entity that the relative pronoun at token k of
// s stands for, when "which" or "that" there opens a clause whose verb
// follows it and a name ends right before it; -1 otherwise.
func (e *Engine) relativeSubject(s *sentence, k int) int {
	if k < 1 || s.toks[k].lower != "which" && s.toks[k].lower != "that" {
		return -1
	}
	return e.entityEndingAt(s, k-1)
}
