package lookup

// A ratio's group of "a hundred", "a thousand" (part of stage 1, numbers):
// "one in a thousand is likely to survive", "two in a million". Before
// "hundred", "thousand" and "million" the indefinite article is the
// numeral "one" (Quirk et al. 1985, §6.64: "a hundred" and "one hundred"
// are alike cardinal numerals), so "one in a thousand" is a ratio as
// "one in 1,000" is (AP Stylebook, "ratios"), not a count of one.

// articleScale is the value of "a" or "an" and a scale word at token k
// ("a thousand"), and the index of the scale word; ok is false
// elsewhere.
func articleScale(toks []token, k int) (float64, int, bool) {
	if k+1 >= len(toks) || toks[k].lower != "a" && toks[k].lower != "an" {
		return 0, k, false
	}
	switch w := toks[k+1].lower; w {
	case "hundred":
		return 100, k + 1, true
	case "thousand", "million", "billion":
		return scaleWords[w], k + 1, true
	}
	return 0, k, false
}

// A ratio answers "how many" that names no noun (part of stage 4): "how
// many survive to adulthood" asks the size of those who do something,
// which news writing often gives only as a ratio of a group, "one in a
// thousand is likely to survive" (AP Stylebook, "ratios"): the ratio is
// the answer when no count is found and the ratio's sentence holds every
// term of the question.
