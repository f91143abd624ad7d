package lookup

import "slices"

// A unanimous vote told as a unanimous decision (part of stage 2):
// "unanimous" is "in complete agreement" (WordNet 3.0, unanimous adj. 1),
// which only a body of several can be, so what the article calls
// unanimous was settled by their votes; and a vote is a kind of choice
// and of decision (WordNet 3.0: vote n. 1 under choice n. 2, under
// decision n. 1). News copy tells a panel's or a court's unanimity by the
// broader noun ("the decision was unanimous", "a unanimous choice"), a
// reader asks "was the vote unanimous". So in a question of unanimity
// whose article writes the word, the noun "vote" meets the article's
// nouns that WordNet files above it (voteBroader).

// voteBroader are the nouns of the synsets above "vote" n. 1 in WordNet
// 3.0 up to "decision" n. 1: choice n. 2 {choice, selection} and decision
// n. 1 {decision, determination, conclusion}, less "determination" and
// "conclusion", whose common senses are others.
var voteBroader = set("choice", "choices", "selection", "selections", "decision", "decisions")

// withUnanimousDecision reads the noun "vote" of a question of unanimity
// as the article's noun broader than a vote, when the article writes
// "unanimous" or "unanimously" and never "vote": "was the vote
// unanimous" asks after "the decision was unanimous".
func (e *Engine) withUnanimousDecision(q *query, terms []term) []term {
	if !slices.ContainsFunc(q.toks, func(t token) bool { return unanimityWords[t.lower] }) || !e.r.vocab["unanimous"] && !e.r.vocab["unanimously"] {
		return terms
	}
	var broader []string
	for w := range e.r.words {
		if voteBroader[w] {
			broader = append(broader, w)
		}
	}
	if len(broader) == 0 {
		return terms
	}
	slices.Sort(broader)
	for i := range terms {
		if singular(terms[i].lower) != "vote" || e.r.vocab["vote"] || e.r.vocab["votes"] || e.r.vocab["voted"] {
			continue // the article's own vote answers
		}
		w := broader[0]
		alts := terms[i].alts
		terms[i] = term{lower: w, stem: stemOf(w), known: true, weight: max(terms[i].weight, e.r.idf(stemOf(w)))}
		for _, o := range broader[1:] {
			terms[i].alts = append(terms[i].alts, stemOf(o))
		}
		terms[i].alts = append(terms[i].alts, alts...) // the weaker words WordNet gave "vote" still meet it
	}
	return terms
}
