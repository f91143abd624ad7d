package lookup

// The figure standing now, asked in the present (part of stage 4,
// numbers). A question in the present tense with no time adjunct of its
// own ("how many stores do they have", "how much is a latte") asks the
// state that holds at the time of speaking (Quirk et al. 1985, ch. 4, the
// state present), so of the figures that count what it asks, the one
// the article sets in the present with "now", "today" or "currently"
// ("Cascade now operates 1,240 stores") answers it before one of an act
// the story dates to no time ("it closed 14 stores"). deictictime.go
// weighs the question that names "now" itself.

// presentOperators are the present forms of the operators "do", "be" and
// "have" (Quirk et al. 1985, ch. 3, the operator), with chat's "whats".
var presentOperators = set("do", "does", "is", "are", "has", "have", "whats")

// presentStateWeight weighs s's figure for a question in the present
// with no time of its own: 1 when n's clause of s sets it in the present
// by a deictic adverb.
func presentStateWeight(q *query, s *sentence, n quantity) float64 {
	if deixis(q.toks) != 0 || deixis(semicolonClause(s, n)) != 1 || !askedInPresent(q) {
		return 0
	}
	return 1
}

// askedInPresent reports whether q is asked in the present tense with no
// time of its own: a present operator and no past one ("how many buses
// are in the fleet", not "how many did they add").
func askedInPresent(q *query) bool {
	if len(askedTimes(q)) > 0 {
		return false
	}
	present := false
	for _, t := range q.toks {
		switch {
		case pastOperators[t.lower]:
			return false
		case presentOperators[t.lower]:
			present = true
		}
	}
	return present
}
