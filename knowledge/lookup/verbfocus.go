package lookup

import "slices"

// A verb read as the counted noun (part of stage 2). "How many died"
// uses "many" as the head of its own noun phrase (Quirk et al. 1985,
// §5.23 and §6.51; fusedcount.go) and "died" as its verb; the reading of
// the noun phrase after "how many", which knows no parts of speech,
// takes a short past form for a noun (focusAfter, pastVerbFirst's
// length guard keeps "bed" and "red" nouns). A word WordNet 3.0 lists
// as a verb and never as a noun names no thing to count, so the question
// counts the doers of the act, as "how many were killed" does, and
// "Seven miners died" answers it. causedCount does the same when the
// article tells the act only by its causer ("killing seven workers");
// this reads it so when the article writes the act itself.

// verbFocusDropped drops the focus of a count question whose one counted
// word is a form of a verb that can be no noun and that the article
// writes.
func (e *Engine) verbFocusDropped(q *query) {
	if e.noLex || q.typ != tCount || len(q.focus) != 1 {
		return
	}
	i := slices.IndexFunc(q.terms, func(t term) bool { return stemsMeet(t.stem, q.focus[0]) })
	if i < 0 {
		return
	}
	w := q.terms[i].lower
	if e.canBe(w, "verb") && !e.canBe(w, "noun") && !e.canBe(singular(w), "noun") && e.r.vocab[q.terms[i].stem] {
		q.focus = nil
	}
}
