package lookup

import (
	"slices"
	"strings"
)

// "How far away" (part of the dimension questions): a measure of distance
// premodifies an adverb of place that says only that the places are
// apart ("two miles away", "12 miles apart"; Quirk et al. 1985, §7.85 on
// measure phrases modifying adverbs), and the question replaces the
// measure by "how far", keeping the adverb ("how far away was the bin").
// News writing states the same distance as often with "from" and the
// place measured from, which "away" leaves unsaid ("found nearly a mile
// from its base" is "nearly a mile away"; Quirk et al., §9.15 on "from"
// of the point of departure, and §7.85 "two miles (away) from the
// coast"). So a measure of length right before "from" states a distance
// away (distanceStated, extent.go), and the adverb of the question is no
// word a sentence must hold. Only the adverbs of distance without
// direction are read so ("away", "apart"; positionmeasure.go); "how far
// north" asks a direction as well.

// distanceAdverbs are the adverbs of place that state a distance alone.
var distanceAdverbs = set("away", "apart")

// distanceFrom reports whether measure n of s is a length right before
// "from" ("a mile from its base").
func distanceFrom(s *sentence, n quantity) bool {
	return measureOf(n.unit) == "length" && n.end < len(s.toks) && s.toks[n.end].lower == "from" && !punctuatedBetween(s.text, s.toks, n.end)
}

// withoutDistanceAdverb drops from q's terms, and from the noun phrase
// it counts, a distance adverb that follows "how far", "how close" or
// "how near" straight on.
func withoutDistanceAdverb(q *query) {
	if q.measure != "far" && q.measure != "close" && q.measure != "near" {
		return
	}
	drop := ""
	for k := 2; k < len(q.toks); k++ {
		if q.toks[k-2].lower == "how" && q.toks[k-1].lower == q.measure && distanceAdverbs[q.toks[k].lower] {
			drop = q.toks[k].lower
		}
	}
	if drop == "" {
		return
	}
	q.terms = slices.DeleteFunc(q.terms, func(t term) bool { return strings.EqualFold(t.lower, drop) })
	q.focus = slices.DeleteFunc(q.focus, func(f string) bool { return f == drop || f == stemOf(drop) })
}
