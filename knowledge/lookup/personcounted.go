package lookup

// The word "people" of a how-many question met by the noun the article
// counts persons with (part of stage 3, ranking). "People" and "person"
// name any human being (WordNet 3.0, person.n.01, the root of the nouns
// for persons), and "how many people" asks for a count of persons, not for
// the word: news writing counts them by what they are or do ("131
// passengers", "31,402 runners finished", "about 2,600 applicants"), every
// noun whose WordNet hypernym chain reaches person.n.01. In a sentence
// that counts persons so, the counted noun stands for the question's
// "people" (a hyponym names a kind of its hypernym's referents: Cruse,
// Lexical Semantics, 1986, §6.1), and the sentence holds that word as
// one that writes "people" itself does. The count must be of the act
// asked, so the sentence must also hold another word of the question, by
// itself or a synonym (not one a WordNet link away: "watch" is no
// "check"), and the question must use no word the article never does
// ("how many people failed the test" of a story with no failing): a
// count of persons alone is any group's.

// personCountedAt is the token of s that is the noun of a count of
// persons, standing for term t, the general "people" of a question
// counting persons; -1 when t is another term, the question counts
// something else, or s counts no persons.
func (e *Engine) personCountedAt(q *query, s *sentence, t term) int {
	if e.lex == nil || q.typ != tCount || !generalPersonStems[t.stem] || !countsPeopleOrNone(q.focus) || len(q.focus) == 0 || !q.allKnown() || !holdsOtherTerm(q, s, t) {
		return -1
	}
	for _, n := range s.nums {
		if n.kind != qCount || n.noun == "" || n.end < 1 || n.end > len(s.toks) || generalPersonStems[n.unit] {
			continue // "34,000 people" holds the word itself
		}
		if e.countsPeople(n) {
			return n.end - 1
		}
	}
	return -1
}

// holdsOtherTerm reports whether s holds a term of q other than t, by
// its own word or a synonym the article uses, not by a word one WordNet
// link away.
func holdsOtherTerm(q *query, s *sentence, t term) bool {
	for _, o := range q.terms {
		if o.stem != t.stem && !o.weak && s.hasTerm(o) {
			return true
		}
	}
	return false
}

// heldUnwritten is the token of s that states term t without writing it:
// a sum that prices the thing asked ("a $6.8 million restoration" states
// what it cost, pricedfigure.go) or the noun of a count of persons for
// "people" ("31,402 runners finished"); -1 when there is none.
func (e *Engine) heldUnwritten(q *query, s *sentence, t term) int {
	if k := e.personCountedAt(q, s, t); k >= 0 {
		return k
	}
	return e.priceHeldBySum(q, s, t)
}
