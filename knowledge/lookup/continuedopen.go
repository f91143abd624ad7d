package lookup

import "slices"

// Left open by the next sentence. News writing often tells an act in one
// sentence and, in the next, says what it does not know about it with a
// pronoun subject and an elided indirect question: "The chain plans to
// hire workers. It did not say how many." The pronoun takes the previous
// sentence as its antecedent (Halliday and Hasan 1976, ch. 2 on reference
// and ch. 4 on ellipsis: "how many" stands for "how many workers it will
// hire"), so the question that sentence answers is left open. The open
// clause must hold nothing but the question's own words, pronouns and
// function words, so that "It did not say how much the plant would cost"
// leaves open the cost, not the hiring.

// continuedOpen is the sentence that leaves open, after one of the best
// candidates, the answer of q, or nil.
func (e *Engine) continuedOpen(q *query, cands []candidate) *sentence {
	for i, c := range cands {
		if i >= 3 || c.coverage < minCoverage || c.coverage < cands[0].coverage-1e-9 {
			break
		}
		next := c.s + 1
		if next >= len(e.r.sents) || e.r.sents[next].para != e.r.sents[c.s].para || !e.openMarks()[next] {
			continue
		}
		s := &e.r.sents[next]
		if len(s.toks) > 0 && (subjectPronouns[s.toks[0].lower] || s.toks[0].lower == "it") && elidedOpenClause(q, s) {
			return s
		}
	}
	return nil
}

// elidedOpenClause reports whether s holds a withheld verb before an
// indirect question of q's type (openClause) whose words, to the clause's
// end, are all q's words, pronouns or function words; a "how" clause must
// ask what q asks ("how many", "how much" or "how long").
func elidedOpenClause(q *query, s *sentence) bool {
	for k := 0; k+1 < len(s.toks); k++ {
		if !withheld(s, k) && !unknownAdjectives[s.toks[k].lower] || !slices.Contains(openedBy[q.typ], s.toks[k+1].lower) {
			continue
		}
		start := k + 2
		if s.toks[k+1].lower == "how" {
			if start >= len(s.toks) || !sameHowWord(q, s.toks[start].lower) {
				continue
			}
			start++
		}
		if elidedClauseOwn(q, s, start) {
			return true
		}
	}
	return false
}

// elidedClauseOwn reports whether the words of s from start to the next
// comma are q's words, pronouns or function words.
func elidedClauseOwn(q *query, s *sentence, start int) bool {
	for j := start; j < len(s.toks); j++ {
		t := s.toks[j]
		if !stopWords[t.lower] && !personalPronouns[t.lower] && !slices.ContainsFunc(q.terms, func(m term) bool { return m.matches(t) }) {
			return false
		}
		if commaAfter(s, j) {
			break
		}
	}
	return true
}

// sameHowWord reports whether w, after "how" in the article, asks what
// the word after q's "how" asks: "many" and "much" both ask a quantity.
func sameHowWord(q *query, w string) bool {
	for i := 0; i+1 < len(q.toks); i++ {
		if q.toks[i].lower != "how" {
			continue
		}
		a := q.toks[i+1].lower
		return a == w || quantityHow[a] && quantityHow[w]
	}
	return false
}

// quantityHow are the words after "how" that ask a quantity.
var quantityHow = set("many", "much")
