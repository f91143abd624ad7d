package lookup

// A chat word is filler only where it frames the question. "ok" and its
// spellings are also the adjective "all right" (Merriam-Webster, "okay"
// adjective 1, "all right", with "OK" and "alright" as variants), and as
// the predicate of a copular yes/no question ("was the man ok", "is
// everyone okay?") they are what is asked: dropped, the question would
// ask only whether the man exists, which any sentence about him answers
// Yes.
var allRightForms = set("ok", "okay", "alright")

// chatPredicateAt reports whether question word i is a chat word that is
// the predicate of a copular yes/no question: its last word, after a
// form of "be" opening the question and a subject.
func (q *query) chatPredicateAt(i int) bool {
	if q.typ != tYesNo || !allRightForms[q.toks[i].lower] || i < 2 || !beForms[q.toks[0].lower] {
		return false
	}
	for _, t := range q.toks[i+1:] {
		if t.lower != "" && !chatWords[t.lower] {
			return false // "ok so was he hurt": the filler frames what follows
		}
	}
	return true
}
