package lookup

import "slices"

// The size of a thing asked, given as the count of its of-phrase (part
// of stage 4, in measureFits). An of-phrase after a noun may give what
// it is made of and how much: "a second printing of 60,000 copies", "an
// order of 40 jets", "a fleet of 12 ships" (Quirk et al. 1985, §17.38,
// the of-phrase postmodifier of quantity and content). The count in it
// is the noun's size, so "how big is the second printing" is answered by
// 60,000 copies, though copies are no unit of size. groupsize.go reads
// the same frame for a group of people with a bare number ("a crowd of
// 12,000"); this reads it for any noun the question names whose of-phrase
// counts things by their noun.

// ofPhraseSize reports whether count n of s, counting a noun, stands in
// the of-phrase of a noun that q asks "how big" of.
func ofPhraseSize(q *query, s *sentence, n quantity) bool {
	if !q.size() || n.kind != qCount || n.unit == "" || measureOf(n.unit) != "" {
		return false
	}
	k := ofBeforeHedged(s, n)
	if k < 1 {
		return false
	}
	head := s.toks[k-1]
	return !stopWords[head.lower] && slices.ContainsFunc(q.terms, func(t term) bool { return t.matches(head) })
}
