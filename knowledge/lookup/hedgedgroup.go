package lookup

// A group's size hedged (part of stage 1, in groupNounAt): "a crowd of
// about 300", "a crew of roughly 40". An approximator stands between a
// numeral and what precedes it without changing what the numeral counts
// (Quirk et al. 1985, §8.104 on the approximating downtoners "almost",
// "nearly", "roughly"; §7.56 on approximators of numerals), so the
// number after "GROUP of about" gives the group's size as the number
// right after "GROUP of" does (groupsize.go), and as "a city of about
// 41,000" gives a population (isPopulation).

// ofBeforeHedged is the index of the "of" before number n of s, past the
// approximators that hedge it (numberApproximators), or -1 when no "of"
// comes right before the number or its hedge.
func ofBeforeHedged(s *sentence, n quantity) int {
	k := beforeApproximators(s, n)
	if k < 1 || s.toks[k].lower != "of" {
		return -1
	}
	return k
}
