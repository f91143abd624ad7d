package lookup

import "slices"

// A measure phrase that premodifies a preposition or adverb of relative
// position states where something is, not how big it is: "rises 68 feet
// above the river" is a height, "212 feet below the surface" a depth,
// "3 miles south of the marina" and "40 miles away" a distance (Quirk et
// al., §7.85 on measure phrases modifying adverbs and prepositional
// phrases, "ten feet under the water", "two miles away"; ch. 9 on the
// prepositions of relative position, above/below/beneath/under, and of
// direction). Such a measure answers only the "how ADJ" its position
// word states; "how wide is the lake" is not "212 feet below the
// surface", nor "how big was the fish" "3 miles south of the marina".

// positionAdjectives are the prepositions and adverbs of relative
// position and direction (Quirk et al., ch. 9: above; below, beneath,
// under, underneath; into; the eight points of the compass; and the
// adverbs of place away, apart, offshore, inland, upstream, downstream),
// each with the dimension adjectives of "how ADJ" whose measure it
// states: a height above something is how high or tall it is, a depth
// below or into something how deep, and every one of them how far,
// close or near.
var positionAdjectives = func() map[string][]string {
	distance := []string{"far", "close", "near"}
	m := map[string][]string{
		"above": append([]string{"high", "tall"}, distance...),
	}
	for _, w := range []string{"below", "beneath", "under", "underneath", "underground", "underwater", "into"} {
		m[w] = append([]string{"deep"}, distance...)
	}
	for _, w := range []string{"north", "south", "east", "west", "northeast", "northwest", "southeast",
		"southwest", "away", "apart", "offshore", "inland", "upstream", "downstream"} {
		m[w] = distance
	}
	return m
}()

// positionOtherDimension reports whether n, a measure of length, stands
// right before a position word whose dimension is not the one q asks:
// "85 feet into bedrock" is no answer to "how tall are the piers", nor
// "30 miles to the south" to "how long is the schooner".
func positionOtherDimension(q *query, s *sentence, n quantity) bool {
	if q.measure == "" || n.kind != qCount || measureOf(n.unit) != "length" || n.end >= len(s.toks) {
		return false
	}
	adjs, ok := positionAdjectives[s.toks[n.end].lower]
	if !ok && bearingAfterTo(s, n.end) {
		adjs, ok = positionAdjectives["north"], true // "30 miles to the south" (bearingto.go)
	}
	return ok && !slices.Contains(adjs, q.measure)
}
