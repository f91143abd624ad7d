package lookup

import "slices"

// A figure given as the yardstick (part of stage 4). News writing sets a
// figure beside the one it is measured against with "compared with",
// "compared to" (AP Stylebook, "compare to, compare with": "compared
// with" juxtaposes to note differences) or "up from" and "down from"
// ("$74 million goes to the police department, compared with $69 million
// this year"). The figure after the marker is the standard of
// comparison (Quirk et al., §15.63, comparison), not the case's own: it
// answers "how much does the police get" only when the sentence gives no
// other figure of its measure, or when the question asks the earlier
// figure itself.

// earlierWords are the words with which a question asks the figure a
// new one is set beside ("what was it before", "last year"): closed-class
// time adverbs and the determiners of an earlier period.
var earlierWords = set("before", "previous", "previously", "earlier", "prior", "last", "ago", "old", "formerly", "used")

// yardstickWeight weighs a number presented as the standard of
// comparison: set beside a figure of the same measure that is not one
// itself, it loses to that figure, unless the question asks the earlier
// figure.
func yardstickWeight(q *query, s *sentence, n quantity) float64 {
	if !isYardstick(s, n) && !goalFirstSource(s, n) || slices.ContainsFunc(q.toks, func(t token) bool { return earlierWords[t.lower] || revisedWords[t.lower] }) {
		return 0
	}
	for _, m := range s.nums {
		if m.tok < n.tok && m.kind == n.kind && sameMeasure(m, n) && !isYardstick(s, m) && !goalFirstSource(s, m) {
			return -2
		}
	}
	return 0
}

// isYardstick reports whether n follows "compared with", "compared to",
// "up from" or "down from".
func isYardstick(s *sentence, n quantity) bool {
	if comparedFrom(s, n) {
		return true
	}
	return n.tok >= 2 && s.toks[n.tok-2].lower == "compared" && (s.toks[n.tok-1].lower == "with" || s.toks[n.tok-1].lower == "to")
}
