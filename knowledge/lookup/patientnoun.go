package lookup

import (
	"slices"
	"strings"
)

// patientsCounted reports whether count n, of people, is the object of
// the verb a question's "-ee" noun is formed from: "how many employees"
// is answered by "employs about 2,100 people", "how many evacuees" by
// "evacuated 300 residents". The suffix "-ee" forms nouns for the one
// who undergoes the verb's act (Merriam-Webster, "-ee" suffix 1: "one
// that receives or benefits from (a specified thing or action)":
// employee, trainee, evacuee, detainee), so the verb's object counts
// them.
func (e *Engine) patientsCounted(q *query, s *sentence, n quantity) bool {
	if n.kind != qCount || !e.countsPeople(n) {
		return false
	}
	k := frameWord(s.toks, n.tok)
	if k < 0 {
		return false
	}
	for _, t := range q.terms {
		root, ok := strings.CutSuffix(singular(t.lower), "ee")
		if ok && len(root) > 2 && slices.Contains(q.focus, t.stem) && stemsMeet(s.toks[k].stem, stemOf(root)) {
			return true
		}
	}
	return false
}
