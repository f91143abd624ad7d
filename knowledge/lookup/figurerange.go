package lookup

// Ranges told with "to" (part of stage 4, a number as an answer). A
// figure that opens a range whose unit is given once, after its second
// figure or not at all ("adults aged 65 to 84", "4 to 8 inches"), is
// half of what the article says: the two figures joined by "to" are
// one coordinated quantity (Quirk et al. 1985, §9.20 and §13.1, as for
// "between X and Y"; AP Stylebook, "ages": figures, "ages 65 to 84").

// opensToRange reports whether the number at index k of s's numbers
// opens a range "X to Y": no unit of its own, "to" right after it, and
// a figure of its kind right after "to". A figure after "by" is no such
// end: "fell by about 200 to 5,100" gives the size of a change, then the
// level it reached ("by" gives the measure of the change its verb names,
// Quirk et al. 1985, §9.61).
func opensToRange(s *sentence, k int) bool {
	if k+1 >= len(s.nums) {
		return false
	}
	n, m := s.nums[k], s.nums[k+1]
	return n.unit == "" && m.tok == n.end+1 && tokenBefore(s, m.tok) == "to" && m.kind == n.kind && byVerb(s, n) == nil
}

// figureRange is the figure at index k of s's numbers as the answer: the
// range it stands in ("between 200 and 300 people", "65 to 84"), or the
// figure alone.
func figureRange(s *sentence, k int) string {
	if r, ok := betweenRange(s, k); ok {
		return r
	}
	if opensToRange(s, k) && tokenBefore(s, s.nums[k].tok) != "from" {
		return s.nums[k].text + " to " + s.nums[k+1].text
	}
	return s.nums[k].text
}

// ageOpeners open a bare figure that is an age: the participle "aged" and
// the noun "ages" or "age" as a premodifier of the figure ("adults aged
// 65 to 84", "children ages 5 to 11", "age 70 or older"; AP Stylebook,
// "ages": always figures). The figure after "to" in such a range is an
// age too.
var ageOpeners = set("aged", "ages", "age")

// markStatedAges makes each bare count after an age word, and the figure
// closing its range, an age.
func markStatedAges(toks []token, qs []quantity) {
	for i := range qs {
		n := &qs[i]
		if n.kind != qCount || n.unit != "" || n.tok == 0 {
			continue
		}
		if ageOpeners[toks[n.tok-1].lower] || i > 0 && qs[i-1].kind == qAge && qs[i-1].end+1 == n.tok && closesAgePair(toks, qs[i-1], n.tok) {
			n.kind = qAge
		}
	}
}

// ageRange is age n of s as the answer, with the figure closing the
// range it opens ("65 to 84").
func ageRange(s *sentence, n quantity) string {
	for k, m := range s.nums {
		if m.tok == n.tok && opensToRange(s, k) {
			return ageWords(n) + " to " + ageWords(s.nums[k+1])
		}
		if m.tok == n.tok && k+1 < len(s.nums) && s.nums[k+1].kind == qAge && s.nums[k+1].tok == n.end+1 && s.toks[n.end].lower == "and" && n.tok > 0 && s.toks[n.tok-1].lower == "ages" {
			return ageWords(n) + " and " + ageWords(s.nums[k+1]) // "ages 19 and 22"
		}
	}
	return capitalise(ageWords(n)) // "In his 50s." (decadeage.go)
}

// closesAgePair reports whether the figure at token k closes a range or
// pair an age opens: "aged 65 to 84", or "ages 19 and 22", where the
// plural noun "ages" says the figures coordinated after it are ages each
// (Quirk et al. 1985, §13.1 on coordination).
func closesAgePair(toks []token, prev quantity, k int) bool {
	switch toks[k-1].lower {
	case "to":
		return true
	case "and":
		return prev.tok > 0 && toks[prev.tok-1].lower == "ages"
	}
	return false
}
