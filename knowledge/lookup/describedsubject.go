package lookup

import "maps"

// The described person as subject (part of stage 5): a last reading
// before refusing.

// describedAsSubject is q with the person its description, headed by a
// title (AP Stylebook, "titles"), resolves to ("the governor": Gov. Ellen
// Marsh) made its subject and the description's
// words no longer terms, for a question resolveDescribed left as words
// and that no sentence answers so. News writing names a person once and
// then refers to them by pronoun ("She said she would visit the shelter
// on Thursday"; Halliday and Hasan, "Cohesion in English", 1976, ch. 2 on
// reference), so the sentence answering may hold neither the description
// nor the name; the pronoun's referent then stands for both.
func (e *Engine) describedAsSubject(q *query) (*query, bool) {
	if len(q.subjects) > 0 {
		return nil, false
	}
	x, span, clause := e.describedPerson(q.toks, q.nameToks)
	if x < 0 || len(clause) > 0 || !isTitleWord(q.toks[span[len(span)-1]].lower) {
		return nil, false // only a title names one office holder ("the mill" is no one's)
	}
	w := *q
	w.subjects = []int{x}
	w.nameToks = maps.Clone(q.nameToks)
	if w.nameToks == nil {
		w.nameToks = map[int]bool{}
	}
	for _, k := range span {
		w.nameToks[k] = true
	}
	w.terms = e.termsOf(&w)
	if len(w.terms) == 0 {
		return nil, false // the description was the whole question
	}
	return &w, true
}
