package lookup

// The possessor's age is not the relative's (part of stage 4, age). In
// "how old was Lyle's father" the genitive is a determiner: the phrase
// refers to the father, whom the possessor only identifies (Quirk et al.
// 1985, §5.115). An age set off by commas right after a name ("Ostrander,
// 71, said his late father …") is in apposition to that name and is its
// bearer's age (AP Stylebook, "ages"; Quirk et al., §17.65 on
// apposition). So when the question asks the age of a possessor's
// relative, an age in apposition to the possessor's own name answers
// nothing of the relative.

// ageOfNamed reports whether age n of s stands in apposition right after
// a name of one of xs.
func (e *Engine) ageOfNamed(s *sentence, n quantity, xs []int) bool {
	if n.tok == 0 || len(xs) == 0 {
		return false
	}
	end := s.toks[n.tok-1].end
	if !appositiveAge.MatchString(s.text[end:]) {
		return false
	}
	for _, x := range xs {
		for _, sp := range e.nameSpans(s, x) {
			if sp[1] == end {
				return true
			}
		}
	}
	return false
}

// agedOther reports whether age n of s is not a described person's: a
// thing's age (thingAged) or the age of one of the possessors xs.
func (e *Engine) agedOther(s *sentence, n quantity, xs []int) bool {
	return e.thingAged(s, n) || e.ageOfNamed(s, n, xs)
}
