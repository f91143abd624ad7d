package lookup

import "slices"

// A figure in an open condition (part of stage 4, numbers). "It would end
// them if the lake falls below 25%", "if ICUs reach 100%": a clause opened
// by "if" or "unless" states a condition whose truth the sentence leaves
// open (Quirk et al. 1985, §15.33-15.35, open conditions), so its figure
// is a threshold, not a measure the article asserts. It loses to a stated
// figure unless the question itself asks of a condition or a possibility
// ("what happens if it drops below", "when would they stop").

// conditionWeight weighs a number of s that stands in a conditional clause.
func conditionWeight(q *query, s *sentence, n quantity) float64 {
	if !inCondition(s, n.tok) || slices.ContainsFunc(q.toks, func(t token) bool {
		return conditionWords[t.lower] || modalAux[t.lower]
	}) {
		return 0
	}
	return -3
}

// conditionWords are the subordinators of condition (Quirk et al. 1985,
// §15.33: "if", "unless") and the words with which a question asks of a
// threshold ("below", "above", "before": how far a figure may go before
// something happens).
var conditionWords = set("if", "unless", "below", "above", "before", "threshold")
