package lookup

// Where a possessed relative is from (part of stage 4, places): in
// "where's his lawyer from" or "where is pruitt's lawyer from" the
// possessive determines the noun after it (Quirk et al. 1985, §5.115), so
// the question asks about the lawyer, whom the possessor only
// identifies, not about the possessor the pronoun or name refers to.
// home reads the hometown of the one person the article describes by
// that relation (relationHolder, relationholder.go), and of no one when
// the article ties none to it, rather than the possessor's own.

// homeSubjects are the people a where-from question asks about: the
// relative a possessive determines in place of the possessor, none when
// the article describes no one by that relation, else the question's
// subjects.
func (e *Engine) homeSubjects(q *query) []int {
	if e.relativeAsked(q.toks) < 0 {
		return q.subjects
	}
	if y := e.relationHolder(q); y >= 0 {
		return []int{y}
	}
	return nil
}
