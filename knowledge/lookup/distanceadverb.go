package lookup

import "strings"

// "How far away" (part of the dimension questions): a measure of distance
// premodifies an adverb of place that says only that the places are
// apart ("two miles away", "12 miles apart"; Quirk et al. 1985, §7.85 on
// measure phrases modifying adverbs), and the question replaces the
// measure by "how far", keeping the adverb ("how far away was the bin").
// The adverb then adds nothing the measure does not ask: the article may
// give the distance with it or with "from" ("a mile from its base"), so
// it is no word a sentence must hold. Only the adverbs of distance
// without direction are read so (positionmeasure.go's "away" and
// "apart"); "how far north" asks a direction as well.

// distanceAdverbs are the adverbs of place that state a distance alone.
var distanceAdverbs = set("away", "apart")

// withoutDistanceAdverb drops from q's terms a distance adverb that
// follows "how far", "how close" or "how near" straight on.
func withoutDistanceAdverb(q *query) []term {
	if q.measure != "far" && q.measure != "close" && q.measure != "near" {
		return q.terms
	}
	drop := ""
	for k := 2; k < len(q.toks); k++ {
		if q.toks[k-2].lower == "how" && q.toks[k-1].lower == q.measure && distanceAdverbs[q.toks[k].lower] {
			drop = q.toks[k].lower
		}
	}
	if drop == "" {
		return q.terms
	}
	out := make([]term, 0, len(q.terms))
	for _, t := range q.terms {
		if !strings.EqualFold(t.lower, drop) {
			out = append(out, t)
		}
	}
	return out
}
