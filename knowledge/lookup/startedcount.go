package lookup

// A count of those who began is no count of those left (part of stage 4,
// in ruledOut). "Still" and the copulas of continuing presuppose a state
// that held before and ask whether, or of how many, it holds now (Quirk
// et al., A Comprehensive Grammar of the English Language, 1985, §8.88
// on "still"; continuing.go), so "how many are still in the race" asks
// what is left of the field. A count whose own verb is one of beginning
// ("Eighteen Americans started the race") gives the group's size when
// the act began, the whole a remainder is taken from, and says nothing
// of how many hold on: when the article gives only that, the question is
// not answered by it (Levin 1993, §55.1, the aspectual verbs "begin",
// "start", "commence", of which only these mark the beginning).

// beginningVerbs are the aspectual verbs that mark the beginning of an
// act (Levin 1993, §55.1), as Snowball stems.
var beginningVerbs = set("begin", "began", "begun", "start", "commenc")

// startedNotLeft reports whether q asks what holds on and n of s is no
// count s says holds on but one whose own verb is a verb of beginning.
func startedNotLeft(q *query, s *sentence, n quantity) bool {
	if q.typ != tCount || n.kind != qCount || !asksContinuing(q) || continuingCount(s, n) {
		return false
	}
	for _, i := range numberVerbs(s, n) {
		if beginningVerbs[s.toks[i].stem] {
			return true
		}
	}
	return false
}
