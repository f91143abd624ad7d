package lookup

// Negation over a coordination (part of stage 4, deciding yes or no):
// "she could not touch the boat or wear a wetsuit" denies both acts.
// With "or" inside the scope of a clause negation the coordination is a
// joint denial, "neither … nor" ("I didn't see Kim or Pat" denies both:
// Huddleston and Pullum, "The Cambridge Grammar of the English
// Language", ch. 15 on coordination; De Morgan's law, not (A or B) = not
// A and not B), so the verb after "or" is negated as the first verb is.

// negatedCoordinate reports whether the word at m is the verb right after
// "or" or "nor" coordinated with a negated verb group earlier in the same
// clause: no punctuation, no other "and"/"but", and no word opening an
// interrogative clause ("whether to stay or go" leaves the choice open)
// between them.
func negatedCoordinate(s *sentence, m int) bool {
	if m < 2 || (s.toks[m-1].lower != "or" && s.toks[m-1].lower != "nor") {
		return false
	}
	for k := m - 2; k > 0 && k >= m-9; k-- {
		if punctuatedBetween(s.text, s.toks, k+1) || openChoice[s.toks[k].lower] {
			return false
		}
		if negatedVerbGroup(s, k) {
			return true
		}
	}
	return false
}

// openChoice are the words that leave a coordination's choice open or
// join clauses: the subordinators of interrogative clauses ("whether",
// "if"), the correlative "either", and the coordinators "and" and "but",
// which would put the "or" in another conjoin.
var openChoice = set("whether", "if", "either", "and", "but")
