package lookup

import "slices"

// Sums asked by their noun (part of stage 2), as rates are (ratehead.go).
// "Whats the budget", "what was the fine for speeding": a copular
// what-question whose subject is headed by a noun for a sum of money
// (moneyNoun: WordNet's outgo, sum, monetary value and money) asks the
// sum, which news writing gives as a figure ("a $1.2 billion spending
// plan"), not a passage about it. The head of the subject is its last
// noun before any prepositional postmodifier (Quirk et al., §17.104):
// "for speeding" and "of the project" say which sum, and "the latest on
// tuition" is headed by "latest"; an adverb of time ("now") may close
// the question.

// moneyHeadAsked reports whether q asks "what is/was [the …] SUM" for a
// noun of a sum of money, in an article that gives sums as figures: the
// amount it asks is then found among them, or the article is said not to
// give it, where a passage that merely names the noun would stand in for
// the sum. Not when the noun is part of a name the article capitalises
// ("the Barn and Belfry Fund": what the fund is), nor when the article
// gives that noun as a percentage ("a 27% premium").
func (e *Engine) moneyHeadAsked(q *query) bool {
	head := whatHead(q)
	if head == "" || !e.moneyNoun(head) {
		return false
	}
	for i := range e.r.sents {
		s := &e.r.sents[i]
		for k, t := range s.toks {
			if singular(t.lower) != head {
				continue
			}
			if t.cap && k > 0 {
				return false // part of a name
			}
			if k > 0 && slices.ContainsFunc(s.nums, func(n quantity) bool { return n.kind == qPercent && n.end == k }) {
				return false // "a 27% premium": a share, not a sum
			}
		}
	}
	return slices.ContainsFunc(e.r.sents, func(s sentence) bool {
		return slices.ContainsFunc(s.nums, func(n quantity) bool { return n.kind == qMoney })
	})
}

// whatHead is the head noun of the subject of a copular what-question
// ("whats the new budget now": budget), singular, or "" when q is none.
func whatHead(q *query) string {
	words := dropChat(contractedWhat(q.toks))
	if len(words) < 3 || words[0] != "what" || !copulaForms[words[1]] {
		return ""
	}
	end := len(words)
	if at := slices.IndexFunc(words[2:], func(w string) bool { return prepositions[w] || w == "in" }); at >= 0 {
		if 2+at == len(words)-1 {
			return "" // "what was the fine for": "what" is the stranded preposition's object, not the sum (Quirk et al., §9.6)
		}
		end = 2 + at // "the cost of the project", "the latest on tuition": the head before the postmodifier
	}
	for end > 2 && closesTime(words[end-1]) {
		end--
	}
	if end <= 2 || slices.ContainsFunc(words[2:end], func(w string) bool { return auxiliaries[w] || whWords[w] }) {
		return "" // "what was the reason the fine rose": the sum is not the subject
	}
	return singular(words[end-1])
}
