package lookup

// An approximated whole in a partitive (part of stage 1, numbers): "96 of
// the roughly 140 people", "12 of the nearly 300 stores", "40 of its more
// than 600 employees". An approximator (Quirk et al. 1985, §7.59:
// "about", "roughly", "nearly", "some", "more than", …) modifies the
// numeral it stands before and belongs to its noun phrase, so it may
// follow the determiner of the whole's phrase as a numeral does. The whole
// is then still the numeral's noun phrase and the first count its part,
// as in "Four of the 12 bolts"; "roughly" counts nothing. A possessive
// determiner before the approximator ("its more than 800 employees")
// determines the count, as it does "its 800 employees" (Quirk et al.,
// §5.115), so the count is that owner's share (ownedShare).

// skipApproximators passes over the approximators from token k when a
// numeral follows them, returning the numeral's index; k otherwise.
func skipApproximators(toks []token, k int) int {
	j := k
	for j < len(toks) && approximators[toks[j].lower] {
		j++
	}
	if j > k && j < len(toks) && isNumeric(toks[j]) {
		return j
	}
	return k
}

// approximatedStart is the index of the first approximator before the
// numeral at i ("more" in "its more than 800 employees"), or i: the
// determiner of the count's noun phrase stands before its approximator.
func approximatedStart(toks []token, i int) int {
	for i > 0 && approximators[toks[i-1].lower] {
		i--
	}
	return i
}

// beforeApproximators is the index of the word before figure n and the
// approximators that qualify it ("rose to about 16 feet": "to"), or -1
// when none stands before them.
func beforeApproximators(s *sentence, n quantity) int {
	k := n.tok - 1
	for k >= 0 && numberApproximators[s.toks[k].lower] {
		k--
	}
	return k
}
