package lookup

import (
	"slices"
	"strings"
)

// "In charge of" (part of stage 4, leaders): English asks who directs a
// body with the idiom "be in charge of" as well as with "run" or "head"
// ("who's in charge of the health district"): WordNet glosses "head" v. 1
// and "manage" v. 1 as "be in charge of", and the idiom takes the body
// for its object as those verbs do. So a question with "in charge of" is
// the leader question of leaders.go, its noun "charge" standing for the
// directing verb.

// inChargeOf is the idiom in a question.
var inChargeOf = lazyRE(`\bin\s+charge\s+of\b`)

// directingTerm is the index of the question's term that asks who
// directs: a directing verb, or "charge" of "in charge of"; -1 when none.
func directingTerm(q *query) int {
	if k := slices.IndexFunc(q.terms, func(t term) bool { return directingVerbs[t.stem] }); k >= 0 {
		return k
	}
	if !inChargeOf.MatchString(strings.ToLower(q.raw)) {
		return -1
	}
	return slices.IndexFunc(q.terms, func(t term) bool { return t.lower == "charge" })
}
