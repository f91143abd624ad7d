package lookup

import "slices"

// Chains of common-noun places (part of stage 4): a place's prepositional
// postmodifier may itself be postmodified, each phrase narrowing the noun
// just before it ("in a detached garage behind a house in Kettering": the
// garage is behind the house, the house in Kettering; Quirk et al. 1985,
// §17.37-17.39, multiple postmodification by embedding). A named place is
// so extended back over every common-noun place that chains to it, not
// only the nearest, so the answer opens with the place asked about.

// chainOrder gives the common-noun places (commonPlaces spans) from the
// last in the text to the first, the order in which withCommonNoun, each
// time it extends a named place back over one, meets the one before it.
func chainOrder(common [][]int) [][]int {
	out := slices.Clone(common)
	slices.Reverse(out)
	return out
}
