package lookup

// The count's place unsaid (part of stage 5, the decision). "How many
// people are in shelters" asks the size of the set of people of whom the
// copular predicate "are in shelters" is true: the rest of a wh-question's
// clause restricts the set "how many" quantifies (Quirk et al. 1985,
// §11.14 and §5.25), as countunsaid.go reads for a verb ("how many people
// died"). When that predicate is a form of "be" and a prepositional
// phrase ("in shelters", "at the hospital"; Quirk et al. §10.8 on
// "be" + adverbial) and every word of it the article never uses, only the
// counted noun is left, and a sentence that counts people under another
// predicate ("Two people died") counts another set: the article does not
// say.

// unsaidCountedPlace reports whether q is a count question whose
// predicate after the counted noun is "be" and a prepositional phrase,
// and every known term of q is the noun counted.
func unsaidCountedPlace(q *query, terms []term) bool {
	if q.typ != tCount || len(q.subjects) > 0 || len(q.focus) == 0 {
		return false
	}
	k := countedSubjectEnd(q)
	for k >= 0 && k < len(q.toks) && isAdverb(q.toks[k].lower) {
		k++ // "how many people are still in shelters"
	}
	if k < 0 || k+1 >= len(q.toks) || !beForms[q.toks[k].lower] {
		return false
	}
	for k++; k < len(q.toks) && isAdverb(q.toks[k].lower); k++ {
	}
	if k >= len(q.toks) || !prepositions[q.toks[k].lower] && q.toks[k].lower != "in" && q.toks[k].lower != "at" {
		return false
	}
	for _, t := range terms {
		if t.known && !inFocus(q.focus, t.stem) {
			return false
		}
	}
	return true
}
