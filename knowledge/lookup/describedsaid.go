package lookup

// Reported speech whose subject is a definite description (part of stage
// 4). The subject of a reporting clause is any noun phrase (Quirk et al.
// 1985, §14.29ff), and news writing, having named a person once, names
// them after by title alone ("Police Chief Dana Whitlock", then "the chief
// said motion sensors had been switched off"; AP Stylebook, "titles" and
// second reference). resolveDescriptions (roles.go) already ties such a
// description to the one person whose role it names; a reporting verb
// with that description for its subject reports that person's words, as
// one with "he" or "she" does.

// describedSubjectAt reports whether the subject of the reporting verb at
// v is a description of x that resolveDescriptions tied to x: its role
// noun right before the verb ("the chief said"), or before one adverb
// ("the chief also said"), or right after an inverted verb ("said the
// chief").
func (e *Engine) describedSubjectAt(s *sentence, x, v int) bool {
	if e.descRefs == nil {
		return false
	}
	i := e.indexOf(s)
	at := func(k int) bool {
		y, ok := e.descRefs[[2]int{i, k}]
		return ok && y == x
	}
	switch {
	case v > 0 && at(v-1):
		return true
	case v > 1 && isAdverb(s.toks[v-1].lower) && at(v-2):
		return true
	}
	return v+2 < len(s.toks) && inverted(s, v) && s.toks[v+1].lower == "the" && at(v+2)
}
