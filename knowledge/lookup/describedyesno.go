package lookup

import (
	"maps"
	"strings"
)

// A described subject of a yes/no question (part of stage 4): "was the
// treasurer charged" asks of the one person the article introduces as the
// treasurer, whom later sentences call by surname or pronoun (AP
// Stylebook, "names": the surname alone on second reference). When no
// sentence holds the description's words with the act, the question is
// asked again of that person, as if named; only a verdict so found is
// given.

// describedYesNo answers a yes/no question whose subject is a description
// of one person ("was the officer charged": "He has not been charged."),
// asked again with the person as its subject; ok only for a Yes or a No.
func (e *Engine) describedYesNo(q *query) (reply, bool) {
	if q.typ != tYesNo || e.hasPersonOf(q.subjects, 0) {
		return reply{}, false
	}
	x, span, clause := e.describedPerson(q.toks, q.nameToks)
	if x < 0 || len(clause) > 0 || !describedYesNoSubject(q, span) {
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
	r, ok := e.yesNo(&named)
	if !ok || !strings.HasPrefix(r.head, "Yes") && !strings.HasPrefix(r.head, "No") {
		return reply{}, false
	}
	return r, true
}

// describedYesNoSubject reports whether the description at span is the
// subject of a yes/no question: its words follow the opening auxiliary,
// with only a determiner between ("was the officer charged", "has the
// treasurer been charged").
func describedYesNoSubject(q *query, span []int) bool {
	if len(span) == 0 {
		return false
	}
	f := 0
	for f < len(q.toks) && chatWords[q.toks[f].lower] {
		f++
	}
	if f >= len(q.toks) || !auxiliaries[q.toks[f].lower] {
		return false
	}
	first := span[0]
	for _, k := range span {
		first = min(first, k)
	}
	for k := f + 1; k < first; k++ {
		if !determiners[q.toks[k].lower] {
			return false
		}
	}
	return first > f+1 // a determiner opens the description
}
