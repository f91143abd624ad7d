package lookup

import "slices"

// The anchor clause's people (part of stage 2): in "when did the council
// hire a firm after Fenwick called for a review", the clause of time
// after the main clause names the anchor event, which the asker takes as
// given (Quirk et al. 1985, §15.25 on the subordinators of time, §14.38
// on presupposed information in subordinate clauses); the act asked is
// the main clause's, and its sentence ("The council hired an engineering
// firm in September") need not name the anchor's people. So a person
// named only in such a trailing clause is not one the answer must name:
// the words stay terms (they still rank the sentence that places the act
// against the anchor), but the person is not a subject. Yes/no questions
// keep them.

// anchorClauseOpeners open a clause of time after the main clause
// (Quirk et al. §15.25).
var anchorClauseOpeners = set("after", "before", "once", "since", "until", "when", "while")

// anchorOnlySubjects drops from a wh-question's subjects the entities
// named only after the subordinator of a clause of time that follows a
// main clause with a subject of its own, when the main clause names a
// content word of its own besides the question word and operator.
func (e *Engine) anchorOnlySubjects(q *query) {
	if q.typ == tYesNo || len(q.subjects) == 0 || len(q.toks) < 4 {
		return
	}
	j := 2
	for j < len(q.toks) && !anchorClauseOpeners[q.toks[j].lower] {
		j++
	}
	if j >= len(q.toks)-2 || !q.nameToks[j+1] && !(j+2 < len(q.toks) && q.nameToks[j+2]) {
		return // no trailing clause, or it does not open on a name: a phrase ("after the vote")
	}
	if !mainHasContent(q.toks[:j], q.nameToks) {
		return
	}
	mainSubjects, _ := e.entitiesIn(q.toks[:j])
	anchor, _ := e.entitiesIn(q.toks[j+1:])
	q.subjects = slices.DeleteFunc(q.subjects, func(x int) bool {
		return contains(anchor, x) && !contains(mainSubjects, x)
	})
}

// mainHasContent reports whether toks, a main clause, has a content word
// that is not part of a name, besides its first two (the question word
// and the operator).
func mainHasContent(toks []token, names map[int]bool) bool {
	for i := 2; i < len(toks); i++ {
		if w := toks[i].lower; !names[i] && !determiners[w] && !stopWords[w] {
			return true
		}
	}
	return false
}
