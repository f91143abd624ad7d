package lookup

// Things counted by the noun of the act done to them (part of stage 4,
// how many). English names the result of an act, the thing the act
// produces or is done to, by a noun derived from its verb (Quirk et al.
// 1985, §17.51–17.54, deverbal nouns, and Appendix I on -ion and -ment
// nouns of result; WordNet's derivational links tie "submission" to
// "submit"), and news writing counts the things an act was done to by
// counting those nouns: "chose the winner from 312 submissions" tells how
// many books were submitted, as "received 40 applications" tells how many
// forms were sent in. So "how many books were submitted" counts the
// article's "submissions" when no sentence that tells the act counts the
// books themselves. actnounpeople.go does the same for the people who did
// an act.

// resultNounCount narrows q, a how-many question about things (not
// people) with a verb, to count the verb's derived noun when the article
// counts by that noun and no sentence telling the verb counts the thing
// asked; q unchanged otherwise.
func (e *Engine) resultNounCount(q *query) *query {
	if e.noLex || q.typ != tCount || len(q.focus) != 1 || generalPersonStems[q.focus[0]] || e.personNoun(q.focus[0]) {
		return q
	}
	f := q.focus[0]
	return e.actNounCount(q, func(t term) bool { return stemsMeet(t.stem, f) || e.countsWith(t, f) })
}

// countsWith reports whether a sentence that tells the act of t counts
// things of stem f: "the jury read 300 books" answers "how many books
// were read" by itself.
func (e *Engine) countsWith(t term, f string) bool {
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if !s.hasTerm(t) {
			continue
		}
		for _, n := range s.nums {
			if n.unit != "" && stemsMeet(n.unit, f) {
				return true
			}
		}
	}
	return false
}
