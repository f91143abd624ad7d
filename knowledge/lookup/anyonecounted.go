package lookup

import "slices"

// A count of people answers "anyone" (part of stage 4, yes/no): "was
// anyone hurt" asks whether at least one person underwent the act.
// "Anyone", "anybody", "someone" and "somebody" are the indefinite
// pronouns of persons (Quirk et al. 1985, §6.45, §6.59–60), and a cardinal
// above zero entails "some" (Horn 1972, "On the semantic properties of
// logical operators in English", scalar entailment: "two" entails "at
// least one"). So a sentence whose clause opens with a count of people and
// goes on to the asked act, not denied ("but two firefighters suffered
// minor injuries"), settles the question: Yes. The count must name people
// (WordNet 3.0: a hyponym of person, or "people": quantity.go's
// countsPeople); "two dogs died" says
// nothing of persons (nonperson.go).

// anyoneCounted reports whether q asks its act of "anyone" and s tells it
// of a positive count of people: a cardinal whose noun names people stands
// before a matched word of s in the same clause, within eight words, that
// word is not denied, and every other word of the question is met in s.
func (e *Engine) anyoneCounted(q *query, s *sentence, matched []int) bool {
	if q.negated || e.lex == nil || !slices.ContainsFunc(q.toks, func(t token) bool { return anyPersonWords[t.lower] }) {
		return false
	}
	if !termsMetBesidesAnyone(q, s) {
		return false
	}
	for _, n := range s.nums {
		if n.value <= 0 || n.part || n.whole || !e.countsPeople(n) {
			continue
		}
		for _, m := range matched {
			if m >= n.end && m-n.end <= 8 && !commaBetween(s, n.tok, m) && !e.denies(s, []int{m}) {
				return true
			}
		}
	}
	return false
}

// termsMetBesidesAnyone reports whether every term of q other than the
// indefinite pronoun of persons matches a token of s.
func termsMetBesidesAnyone(q *query, s *sentence) bool {
	for _, t := range q.terms {
		if anyPersonWords[t.lower] {
			continue
		}
		if !slices.ContainsFunc(s.toks, t.matches) {
			return false
		}
	}
	return true
}
