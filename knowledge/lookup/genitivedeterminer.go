package lookup

// genitiveEnd passes over a determinative genitive at k, a noun phrase
// with its own determiner and premodifiers ending in a possessive ("a
// freight train's", "the county's"): the whole genitive phrase stands
// where a determiner would (Quirk et al. 1985, §5.115–5.116 and §17.39,
// the determinative genitive), so in "Twenty-two of a freight train's 97
// cars" the set is the cars, counted by 97. It returns the index after
// the possessive, or k when no possessive ends a short phrase there.
func genitiveEnd(toks []token, k int) int {
	for i := k; i < len(toks) && i < k+4; i++ {
		t := toks[i]
		if t.poss {
			return i + 1
		}
		if isNumeric(t) || stopWords[t.lower] && !determiners[t.lower] {
			break
		}
	}
	return k
}
