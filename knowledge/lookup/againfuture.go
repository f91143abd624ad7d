package lookup

import "slices"

// A repetition to come (part of stage 5, yes and no). "Will it rain
// again" asks of a future act that repeats a past one ("again": "another
// time", Quirk et al. 1985, §8.54 on frequency adjuncts); a sentence
// that tells the act in the past, with no modal that looks ahead, tells
// the time it happened, which the question takes as given, and says
// nothing of another: "Up to 6 inches of rain fell" is no Yes. A sentence
// with a modal or a future ("more rain next week could cause new
// flooding") is left to the other readings.

// repeatOnlyPast reports whether q asks of a future repetition and s
// holds no modal verb at all.
func repeatOnlyPast(q *query, s *sentence) bool {
	if !asksFuture(q) || !slices.ContainsFunc(q.toks, func(t token) bool { return t.lower == "again" }) {
		return false
	}
	return !slices.ContainsFunc(s.toks, func(t token) bool { return modalAux[t.lower] || futureModals[t.lower] })
}
