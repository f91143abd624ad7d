package lookup

import "slices"

// A measure partitive of a substance (part of stage 4): "240 feet of
// water", "3 feet of snow", "a foot of mud" quantify the substance after
// "of" (Quirk et al. 1985, §5.8–5.9 on partitive constructions of
// measure, "two feet of snow"): the length is the substance's depth, and
// where a thing lies "in 240 feet of water" it is how deep the thing
// lies. It is not how long, tall, wide or big anything else is: "a
// schooner sitting upright in 240 feet of water" does not say how long
// the schooner is. The substance must be a WordNet kind of "matter"
// (water, snow, mud, rock, ice), which a measure partitive of length
// measures by its depth; a question about the substance itself ("how
// high was the water") keeps it.

// substanceOtherDimensions are the "how ADJ" adjectives of an extent a
// thing has of its own, which a substance's depth around it is not.
var substanceOtherDimensions = set("long", "tall", "wide", "high", "big", "large")

// measuresSubstance reports whether n, a measure of length, is the
// measure of a partitive of a substance the question does not name, and
// q asks another thing's own extent.
func (e *Engine) measuresSubstance(q *query, s *sentence, n quantity) bool {
	if e.noLex || n.kind != qCount || !substanceOtherDimensions[q.measure] || measureOf(n.unit) != "length" {
		return false
	}
	k := n.end
	if k+1 >= len(s.toks) || s.toks[k].lower != "of" {
		return false
	}
	t := s.toks[k+1]
	if t.cap || stopWords[t.lower] || !e.lex.KindOf(singular(t.lower), "matter") {
		return false
	}
	return !slices.ContainsFunc(q.terms, func(m term) bool { return m.matches(t) })
}
