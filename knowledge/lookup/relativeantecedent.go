package lookup

// A relative clause's pronoun stands for its antecedent: in "He was found
// by two joggers, who called 911" the subject of "called" is "who", and
// "who" is the joggers (Quirk et al. 1985, §17.8 on the relative pronoun's
// antecedent; §17.10: "who" is the personal relative, its antecedent a
// person or a body of people; §17.22 on the nonrestrictive relative set
// off by a comma). Asked who called 911, the reader is owed the
// antecedent, whether a name or an unnamed kind of person.

// relativeAntecedentAt is the index of the last word of the antecedent
// of the relative "who" at token k of s, the word right before it with
// only a comma or a space between ("joggers, who"; "the man who"), or -1
// when token k is no "who" after a word.
func relativeAntecedentAt(s *sentence, k int) int {
	if k < 1 || k >= len(s.toks) || s.toks[k].lower != "who" {
		return -1
	}
	if gap := s.text[s.toks[k-1].end:s.toks[k].start]; gap != " " && gap != ", " {
		return -1
	}
	return k - 1
}
