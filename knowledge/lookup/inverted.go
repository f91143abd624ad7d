package lookup

import "strings"

// The second clause of a comparison asked as a question (part of stage
// 2): "is Greer getting as many jobs as Corvell is losing" compares the
// jobs Greer gets with those Corvell is losing, and "than the city put
// into the habitat" with the sum the city put in. A wh-question puts its
// operator before the subject (Quirk et al., §11.14 on subject–operator
// inversion), and a clause without an operator takes "do" for one
// (§3.37, do-support), so the clause becomes "is corvell losing", "did
// the city put into the habitat": the question the side asks.

// invertedClause is a declarative clause read as the rest of a
// wh-question: its first auxiliary within the subject's reach moved
// before the subject, or else the main clause's "do" operator (aux when
// it is a form of "do", "did" otherwise) put before it.
func invertedClause(clause, aux string) string {
	w := strings.Fields(clause)
	for i := 1; i < len(w) && i <= 4; i++ {
		if auxiliaries[w[i]] {
			return strings.Join(append(append([]string{w[i]}, w[:i]...), w[i+1:]...), " ")
		}
	}
	op := "did"
	if aux == "do" || aux == "does" {
		op = aux
	}
	return op + " " + clause
}

// clauseSubjectWord is the head word of the subject of a wh-question
// with an operator ("how much did the city put": city), a noun standing
// after the operator and its determiner; a type word such as "city" or
// "job" is no term of the query, yet it is what the clause is about. It
// reports false when the question names an entity (which then is the
// subject) or the word after the operator is a function word or has no
// noun after its determiner.
func clauseSubjectWord(q *query) (term, bool) {
	if len(q.subjects) > 0 {
		return term{}, false
	}
	for i := 1; i+1 < len(q.toks) && i < 5; i++ {
		if !auxiliaries[q.toks[i].lower] {
			continue
		}
		j := i + 1
		for j < len(q.toks) && determiners[q.toks[j].lower] {
			j++
		}
		if j == i+1 || j >= len(q.toks) || stopWords[q.toks[j].lower] {
			return term{}, false
		}
		t := q.toks[j]
		return term{lower: t.lower, stem: t.stem, known: true}, true
	}
	return term{}, false
}
