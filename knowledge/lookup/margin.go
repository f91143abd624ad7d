package lookup

// The measure of a difference named by its noun (part of stage 4): "a
// margin of about 3,100 votes", and the shares that are no difference,
// "Castellan's 45.7%".

// marginNouns name the amount by which one side exceeds another, whose
// measure follows as an of-complement ("a margin of 3,100 votes", "a lead
// of 12 points"; WordNet 3.0: margin, "the amount of difference"; lead,
// "the advantage held by a competitor in a race"; gap, difference,
// edge, spread).
var marginNouns = set("margin", "lead", "gap", "difference", "edge", "spread")

// namedMargin reports whether number n, past its approximators from token
// k, is the of-complement of a margin noun: "a margin of about 3,100
// votes" states the difference itself.
func namedMargin(s *sentence, k int) bool {
	return tokenBefore(s, k) == "of" && marginNouns[tokenBefore(s, k-1)]
}

// ownedLevel reports whether a share at token k has a possessive before
// it ("Castellan's 45.7%", "her 54%"): a genitive determiner makes the
// share the level one side holds (Quirk et al., §5.115, the genitive as
// determiner), not the size of a change.
func ownedLevel(s *sentence, k int) bool {
	if k == 0 {
		return false
	}
	p := s.toks[k-1]
	return p.poss || possessiveDeterminers[p.lower]
}

// differenceIn is the number of s that measures a difference, a margin
// its noun names before any other ("won 54% to 46%, a margin of 3,100
// votes": the 54% may be a level, the margin is the difference); ok is
// false when s has none.
func (e *Engine) differenceIn(s *sentence) (quantity, bool) {
	var first *quantity
	for i, n := range s.nums {
		if !e.difference(s, n) {
			continue
		}
		if namedMargin(s, pastApproximators(s, n.tok)) {
			return n, true
		}
		if first == nil {
			first = &s.nums[i]
		}
	}
	if first == nil {
		return quantity{}, false
	}
	return *first, true
}

// pastApproximators is the index of the first of the approximators
// ("about", "nearly") that stand before token k, or k without one.
func pastApproximators(s *sentence, k int) int {
	for k > 0 && approximators[s.toks[k-1].lower] {
		k--
	}
	return k
}
