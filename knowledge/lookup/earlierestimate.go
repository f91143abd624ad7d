package lookup

import "slices"

// Earlier estimates (part of stage 4). News writing reports a cost that
// has grown by stating the current figure and setting beside it the one
// first projected, in the past tense of a verb of estimating: "A $1.1
// billion satellite … When Congress approved it in 2018, it was projected
// to cost $790 million." The past tense there places the estimate at the
// earlier time, against the present figure (Quirk et al., §4.11 and
// §4.14 on the past tense's remoteness from now); "is expected to cost"
// is today's estimate and stands. "Originally" and "initially" say the
// same of a figure since changed, and so does the past perfect of an
// active verb of estimating ("Analysts had expected 70 cents a share"):
// it sets the estimate before the past event reported, a past in the
// past (Quirk et al., ch. 4 on the past perfective).

// estimateVerbs are the participles of verbs of estimating and planning
// that take a figure in their complement ("was projected to cost", "were
// estimated at").
var estimateVerbs = set("projected", "expected", "estimated", "forecast", "budgeted", "supposed", "slated", "planned")

// pastBe are the past-tense forms of "be".
var pastBe = set("was", "were")

// revisedWords are the words with which a question asks the earlier
// figure itself ("how much was it originally supposed to cost").
var revisedWords = set("originally", "initially", "projected", "expected", "estimated", "supposed", "planned", "budgeted", "first", "forecast")

// earlierEstimate reports whether figure n of s is a past estimate: in
// the complement of a past-tense verb of estimating within the few words
// before it ("was projected to cost $790 million", "were estimated at
// $2 million"), or after "originally" or "initially" in its clause.
func earlierEstimate(s *sentence, n quantity) bool {
	for k := n.tok - 1; k >= 0 && k >= n.tok-6 && !punctuatedBetween(s.text, s.toks, k+1); k-- {
		l := s.toks[k].lower
		switch {
		case l == "originally" || l == "initially":
			return true
		case estimateVerbs[l] && k > 0 && pastBe[s.toks[k-1].lower]:
			return true
		case estimateVerbs[l] && k > 0 && s.toks[k-1].lower == "had":
			return true // "Analysts … had expected 70 cents a share": the past perfect puts the estimate before the result reported (Quirk et al., ch. 4 on the past perfective)
		}
	}
	return false
}

// estimateWeight weighs a past estimate: -2 when the question does not
// ask the estimate itself, as the current figure answers "how much does
// it cost"; 3 when it does ("how much was it projected to cost"), above
// the figure named as the thing's own amount (headFit).
func estimateWeight(q *query, s *sentence, n quantity) float64 {
	switch {
	case !earlierEstimate(s, n):
		return 0
	case slices.ContainsFunc(q.toks, func(t token) bool { return revisedWords[t.lower] }) || asksPastForecast(q): // "how many did they predict" (forecastverb.go)
		return 3
	}
	return -2
}
