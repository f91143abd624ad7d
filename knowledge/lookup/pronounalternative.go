package lookup

// The story's person as the subject of an alternative question (part of
// stage 4, for yes and no): "did he take the lump sum or the annuity?"
// asked in a channel about one story, with no name before it in the
// question or the thread, asks it of the person the story is about, as
// "how old is he" does (storySubject). An alternative question asks which
// of two predications holds of its subject (Quirk et al. 1985, §11.20), so
// the subject must be known to find the alternative stated of it; a
// personal pronoun without an antecedent in the discourse takes the most
// salient person of the text (Quirk et al. 1985, §6.17 on situational
// reference of the personal pronouns).

// alternativeSubjects gives an alternative question whose "he" or "she"
// has nothing to refer to the story's person of that gender, leaving the
// question as it is otherwise.
func (e *Engine) alternativeSubjects(q *query) *query {
	if len(q.subjects) > 0 || !subjectPronounFirst(q) {
		return q
	}
	g, ok := pronounGender(q.toks)
	if !ok || g == 0 {
		return q // "they" may be a group the story names no person for
	}
	x := e.storyPersonOf(g)
	if x < 0 {
		return q
	}
	c := *q
	c.subjects = []int{x}
	return &c
}
