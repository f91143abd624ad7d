package lookup

import (
	"maps"
	"strings"
)

// A described person's home (part of stage 4, places): "where is the
// driver from" and "where does the driver live" ask of the one person the
// article introduces as the driver ("The driver, Henry Valdez, 58, of
// Post Falls, …"), as if the question named them. AP style identifies a
// person on first reference by name, age and hometown (AP Stylebook,
// "names" and "hometowns"), so the hometown stands after the name, not
// beside the description; the question is asked again of the person, and
// only a home or residence so found is given.

// describedHome answers where the person a question describes is from or
// lives, when the description is the question's subject.
func (e *Engine) describedHome(q *query) (reply, bool) {
	low := strings.ToLower(q.raw)
	from, lives := homeQuestion.MatchString(low), residenceQuestion.MatchString(low)
	if !from && !lives || e.hasPersonOf(q.subjects, 0) {
		return reply{}, false
	}
	x, span, clause := e.describedPerson(q.toks, q.nameToks)
	if x < 0 || len(clause) > 0 || !describedWhereSubject(q, span) {
		return reply{}, false
	}
	named := *q
	named.subjects = append([]int{x}, q.subjects...)
	named.nameToks = maps.Clone(q.nameToks)
	if named.nameToks == nil {
		named.nameToks = map[int]bool{}
	}
	for _, k := range span {
		named.nameToks[k] = true
	}
	named.terms = e.termsOf(&named)
	if from {
		return e.home(&named)
	}
	return e.residence(&named)
}

// describedWhereSubject reports whether the description at span is the
// subject of a where-question: "where" and an auxiliary open the
// question, and only a determiner stands between them and the
// description ("where is the driver from", "where does the clerk live").
func describedWhereSubject(q *query, span []int) bool {
	f := 0
	for f < len(q.toks) && chatWords[q.toks[f].lower] {
		f++
	}
	if f >= len(q.toks) || q.toks[f].lower != "where" {
		return false
	}
	w := *q
	w.toks = q.toks[f+1:]
	shifted := make([]int, len(span))
	for i, k := range span {
		shifted[i] = k - f - 1
	}
	return describedYesNoSubject(&w, shifted)
}
